import CDNNL

/// Builds a float32 oneDNN memory descriptor for the given dimensions and layout tag.
///
/// - Parameters:
///   - dims: logical dimensions in oneDNN's canonical order (NCHW, OIHW, GOIHW, NC, OI).
///   - tag: a plain tag (`dnnl_nchw`, `dnnl_oihw`, `dnnl_goihw`, `dnnl_nc`, `dnnl_x`) or
///     `dnnl_format_tag_any` to let a primitive choose its preferred (blocked) layout.
func makeMemoryDescriptor(_ dims: [Int], _ tag: dnnl_format_tag_t, dataType: dnnl_data_type_t = dnnl_f32) -> dnnl_memory_desc_t {
    var md = dnnl_memory_desc_t()
    let d = dims.map { Int64($0) }
    dnnlCheck(dnnl_memory_desc_init_by_tag(&md, Int32(d.count), d, dataType, tag), "dnnl_memory_desc_init_by_tag \(dims)")
    return md
}

/// Plain (row-major) layout tag for a tensor of the given rank.
func plainTag(rank: Int) -> dnnl_format_tag_t {
    switch rank {
    case 1: return dnnl_a
    case 2: return dnnl_ab
    case 3: return dnnl_abc
    case 4: return dnnl_abcd
    case 5: return dnnl_abcde
    default: fatalError("unsupported rank \(rank)")
    }
}

/// Size in bytes of memory described by `md`.
func byteSize(_ md: dnnl_memory_desc_t) -> Int {
    var copy = md
    return Int(dnnl_memory_desc_get_size(&copy))
}

func descriptorsEqual(_ a: dnnl_memory_desc_t, _ b: dnnl_memory_desc_t) -> Bool {
    var a = a, b = b
    return dnnl_memory_desc_equal(&a, &b) != 0
}

/// Queries a memory descriptor (source, weights, workspace, ...) from a primitive descriptor.
func queryDescriptor(_ pd: dnnl_primitive_desc_t, _ what: dnnl_query_t, index: Int32 = 0) -> dnnl_memory_desc_t {
    guard let md = dnnl_primitive_desc_query_md(pd, what, index) else {
        fatalError("primitive descriptor has no memory descriptor for query \(what)")
    }
    return md.pointee
}

/// A oneDNN memory object over a buffer: either borrowed (a tensor's storage) or owned.
final class DNNLMemory {
    let handle: dnnl_memory_t
    let descriptor: dnnl_memory_desc_t
    private let owned: UnsafeMutableRawPointer?
    private let ownedSize: Int

    /// Wraps an existing buffer without taking ownership.
    init(_ descriptor: dnnl_memory_desc_t, pointer: UnsafeMutableRawPointer) {
        var md = descriptor
        var memory: dnnl_memory_t?
        dnnlCheck(dnnl_memory_create(&memory, &md, DNNLContext.shared.engine, pointer), "dnnl_memory_create")
        self.handle = memory!
        self.descriptor = descriptor
        self.owned = nil
        self.ownedSize = 0
    }

    /// Allocates a buffer sized for `descriptor` (64-byte aligned), owned by this object.
    init(allocating descriptor: dnnl_memory_desc_t) {
        let size = max(byteSize(descriptor), 64)
        let buffer = HostMemory.allocate(byteCount: size).pointer
        var md = descriptor
        var memory: dnnl_memory_t?
        dnnlCheck(dnnl_memory_create(&memory, &md, DNNLContext.shared.engine, buffer), "dnnl_memory_create")
        self.handle = memory!
        self.descriptor = descriptor
        self.owned = buffer
        self.ownedSize = size
    }

    var pointer: UnsafeMutableRawPointer {
        var p: UnsafeMutableRawPointer?
        dnnl_memory_get_data_handle(handle, &p)
        return p!
    }

    func setPointer(_ pointer: UnsafeMutableRawPointer) {
        dnnlCheck(dnnl_memory_set_data_handle(handle, pointer), "dnnl_memory_set_data_handle")
    }

    deinit {
        dnnl_memory_destroy(handle)
        if let owned { HostMemory.deallocate(owned, byteCount: ownedSize) }
    }
}

/// A cached reorder primitive between two layouts of the same logical tensor.
final class Reorder {
    let primitive: dnnl_primitive_t

    init(from source: dnnl_memory_desc_t, to destination: dnnl_memory_desc_t) {
        var s = source, d = destination
        var pd: dnnl_primitive_desc_t?
        let engine = DNNLContext.shared.engine
        dnnlCheck(dnnl_reorder_primitive_desc_create(&pd, &s, engine, &d, engine, nil), "dnnl_reorder_primitive_desc_create")
        var p: dnnl_primitive_t?
        dnnlCheck(dnnl_primitive_create(&p, pd), "dnnl_primitive_create(reorder)")
        dnnl_primitive_desc_destroy(pd)
        self.primitive = p!
    }

    func run(from source: DNNLMemory, to destination: DNNLMemory) {
        DNNLContext.shared.execute(primitive, [(DNNLArg.src, source.handle), (DNNLArg.dst, destination.handle)])
    }

    deinit { dnnl_primitive_destroy(primitive) }
}

/// A primitive built from a primitive descriptor, keeping the descriptor for queries.
final class Primitive {
    let descriptor: dnnl_primitive_desc_t
    let primitive: dnnl_primitive_t

    /// Creates the primitive descriptor from an operation descriptor (`op` points to a
    /// `dnnl_*_desc_t`), optionally with attributes and a forward hint for backward passes.
    init(operation op: UnsafeRawPointer, attributes: dnnl_primitive_attr_t? = nil, hint: Primitive? = nil, name: String) {
        var pd: dnnl_primitive_desc_t?
        dnnlCheck(dnnl_primitive_desc_create(&pd, op, attributes, DNNLContext.shared.engine, hint?.descriptor), "primitive_desc_create(\(name))")
        var p: dnnl_primitive_t?
        dnnlCheck(dnnl_primitive_create(&p, pd), "primitive_create(\(name))")
        self.descriptor = pd!
        self.primitive = p!
    }

    /// Creates the primitive from a primitive descriptor made elsewhere (concat, ...); takes
    /// ownership of the descriptor.
    init(descriptor pd: dnnl_primitive_desc_t, name: String) {
        var p: dnnl_primitive_t?
        dnnlCheck(dnnl_primitive_create(&p, pd), "primitive_create(\(name))")
        self.descriptor = pd
        self.primitive = p!
    }

    func query(_ what: dnnl_query_t, index: Int32 = 0) -> dnnl_memory_desc_t {
        queryDescriptor(descriptor, what, index: index)
    }

    func execute(_ arguments: [(Int32, dnnl_memory_t)]) {
        DNNLContext.shared.execute(primitive, arguments)
    }

    deinit {
        dnnl_primitive_destroy(primitive)
        dnnl_primitive_desc_destroy(descriptor)
    }
}
