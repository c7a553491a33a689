import CDNNL
import Foundation

/// Errors raised by the oneDNN layer.
public struct DNNLError: Error, CustomStringConvertible {
    public let status: dnnl_status_t
    public let operation: String
    public var description: String { "oneDNN call \(operation) failed with status \(status.rawValue)" }
}

/// Checks a oneDNN status and stops with a clear message when it is not success.
///
/// oneDNN failures here mean a programming error (a shape the engine built itself was
/// rejected), so they are fatal rather than thrown.
@inline(__always)
func dnnlCheck(_ status: dnnl_status_t, _ operation: @autoclosure () -> String) {
    if status != dnnl_success {
        fatalError(DNNLError(status: status, operation: operation()).description)
    }
}

/// Argument indices of oneDNN's execution API (`DNNL_ARG_*`), spelled out for Swift.
enum DNNLArg {
    static let src: Int32 = 1
    static let src1: Int32 = 2
    static let dst: Int32 = 17
    static let weights: Int32 = 33
    static let bias: Int32 = 41
    static let mean: Int32 = 49
    static let variance: Int32 = 50
    static let scale: Int32 = 51
    static let shift: Int32 = 52
    static let workspace: Int32 = 64
    static let scratchpad: Int32 = 80
    static let diffSrc: Int32 = 129
    static let diffDst: Int32 = 145
    static let diffWeights: Int32 = 161
    static let diffBias: Int32 = 169
    static let diffScale: Int32 = 255
    static let diffShift: Int32 = 256
    static let multipleSrc: Int32 = 1024
    static let postOpBase: Int32 = 1 << 14
    /// `DNNL_ARG_ATTR_MULTIPLE_POST_OP(index) | DNNL_ARG_SRC_1`.
    static func postOpSrc1(_ index: Int) -> Int32 { (postOpBase * Int32(index + 1)) | src1 }
}

/// The process-wide oneDNN CPU engine and stream.
///
/// All primitives execute in order on one stream; `execute` waits for completion so that
/// results are visible to Swift code right after the call.
public final class DNNLContext: @unchecked Sendable {
    public static let shared = DNNLContext()

    let engine: dnnl_engine_t
    let stream: dnnl_stream_t

    private init() {
        var engine: dnnl_engine_t?
        dnnlCheck(dnnl_engine_create(&engine, dnnl_cpu, 0), "dnnl_engine_create")
        var stream: dnnl_stream_t?
        dnnlCheck(dnnl_stream_create(&stream, engine, dnnl_stream_default_flags.rawValue), "dnnl_stream_create")
        self.engine = engine!
        self.stream = stream!
    }

    /// The instruction set oneDNN dispatches its kernels for on this host (after any
    /// `ONEDNN_MAX_CPU_ISA` limit): "avx2", "avx512_core", "avx512_core_bf16", ... Kernels,
    /// and so float32 summation orders and speed, differ between them; benchmarks and
    /// parity tests print it beside their figures.
    public static var isa: String {
        switch dnnl_get_effective_cpu_isa() {
        case dnnl_cpu_isa_sse41: return "sse41"
        case dnnl_cpu_isa_avx: return "avx"
        case dnnl_cpu_isa_avx2: return "avx2"
        case dnnl_cpu_isa_avx2_vnni: return "avx2_vnni"
        case dnnl_cpu_isa_avx512_core: return "avx512_core"
        case dnnl_cpu_isa_avx512_core_vnni: return "avx512_core_vnni"
        case dnnl_cpu_isa_avx512_core_bf16: return "avx512_core_bf16"
        case dnnl_cpu_isa_avx512_core_amx: return "avx512_core_amx"
        case let other: return "isa 0x\(String(other.rawValue, radix: 16))"
        }
    }

    /// Runs a primitive with the given arguments and waits for it.
    func execute(_ primitive: dnnl_primitive_t, _ arguments: [(Int32, dnnl_memory_t)]) {
        var args = arguments.map { dnnl_exec_arg_t(arg: $0.0, memory: $0.1) }
        dnnlCheck(dnnl_primitive_execute(primitive, stream, Int32(args.count), &args), "dnnl_primitive_execute")
        dnnlCheck(dnnl_stream_wait(stream), "dnnl_stream_wait")
    }
}
