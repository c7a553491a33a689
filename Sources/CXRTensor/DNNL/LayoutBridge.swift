import CDNNL

/// Moves a tensor between CXRTensor's plain row-major layout and the (possibly blocked)
/// layout a oneDNN primitive chose with `format_any`, reordering only when they differ.
/// Reorder primitives are created once and reused.
final class LayoutBridge {
    let plain: dnnl_memory_desc_t
    let chosen: dnnl_memory_desc_t
    let needsReorder: Bool
    private lazy var toChosen = Reorder(from: plain, to: chosen)
    private lazy var toPlain = Reorder(from: chosen, to: plain)

    init(plain: dnnl_memory_desc_t, chosen: dnnl_memory_desc_t) {
        self.plain = plain
        self.chosen = chosen
        self.needsReorder = !descriptorsEqual(plain, chosen)
    }

    /// Memory in the chosen layout holding the values at `pointer` (plain layout).
    func input(_ pointer: UnsafeMutablePointer<Float>) -> DNNLMemory {
        let user = DNNLMemory(plain, pointer: UnsafeMutableRawPointer(pointer))
        guard needsReorder else { return user }
        let converted = DNNLMemory(allocating: chosen)
        toChosen.run(from: user, to: converted)
        return converted
    }

    /// Memory in the chosen layout for a primitive to write; call `finish` to land the
    /// values at `pointer` in plain layout.
    func output(_ pointer: UnsafeMutablePointer<Float>) -> DNNLMemory {
        needsReorder ? DNNLMemory(allocating: chosen) : DNNLMemory(plain, pointer: UnsafeMutableRawPointer(pointer))
    }

    func finish(_ memory: DNNLMemory, into pointer: UnsafeMutablePointer<Float>) {
        guard needsReorder else { return }
        toPlain.run(from: memory, to: DNNLMemory(plain, pointer: UnsafeMutableRawPointer(pointer)))
    }
}
