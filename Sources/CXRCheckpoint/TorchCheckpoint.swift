/// Imports PyTorch checkpoints written by `torch.save`, without executing any pickle code.
///
/// Both on-disk formats are supported:
/// - **zip** (default since torch 1.6): a ZIP archive with `<name>/data.pkl` (the pickled
///   object; tensors refer to storages through persistent ids) and `<name>/data/<key>`
///   (raw little-endian storage bytes). Entries must be stored (uncompressed), as torch
///   writes them; ZIP64 archives are supported.
/// - **legacy** (`_use_new_zipfile_serialization=False`, e.g. torchvision's
///   `mobilenet_v2-b0353104.pth`): a sequence of pickles (magic number, protocol version,
///   system info, the object, the list of storage keys) followed, for each key, by an
///   8-byte little-endian element count and the raw elements.
///
/// Accepted top-level objects: a state dict (dict/OrderedDict of name → tensor), or a dict
/// holding one under `state_dict`, `model_state_dict` or `model` (as training scripts save).
/// Whole pickled modules (`torch.save(model)`) are rejected with a clear error.
/// Non-tensor entries of a state dict are left out and listed in `skippedKeys`.
/// Integer tensors (e.g. `num_batches_tracked`) are kept, converted to `Float`, with
/// `NamedArray.isInteger == true`.
public enum TorchCheckpoint {
    /// The two `torch.save` layouts.
    public enum Format: String, Sendable {
        case zip
        case legacy
    }

    /// Top-level dict keys searched, in order, for a wrapped state dict.
    public static let wrapperKeys = ["state_dict", "model_state_dict", "model"]

    /// Loads the state dict stored in a `torch.save` file (memory-mapped).
    ///
    /// - Parameters:
    ///   - path: the `.pth`/`.pt` file.
    ///   - stateDictKey: if given, the top-level dict entry holding the state dict;
    ///     otherwise `wrapperKeys` are tried, then the top-level dict itself.
    public static func load(contentsOf path: String, stateDictKey: String? = nil) throws -> OrderedStateDict {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { try load(bytes: file.bytes, stateDictKey: stateDictKey) }
    }

    /// Loads a `torch.save` checkpoint from memory.
    public static func load(bytes: [UInt8], stateDictKey: String? = nil) throws -> OrderedStateDict {
        try bytes.withUnsafeBytes { try load(bytes: $0, stateDictKey: stateDictKey) }
    }

    /// Loads a `torch.save` checkpoint from a raw buffer (values are copied out).
    public static func load(bytes: UnsafeRawBufferPointer, stateDictKey: String? = nil) throws -> OrderedStateDict {
        // Emptied once the state dict is copied out: a hostile pickle's reference cycles would leak.
        let arena = PickleArena()
        defer { arena.release() }
        let root: PickleValue
        switch try detectFormat(bytes) {
        case .zip: root = try loadZip(bytes, arena: arena)
        case .legacy: root = try loadLegacy(bytes, arena: arena)
        }
        return try extractStateDict(root, stateDictKey: stateDictKey)
    }

    /// Identifies the file layout from its first bytes.
    public static func detectFormat(_ bytes: UnsafeRawBufferPointer) throws -> Format {
        if ZipArchive.looksLikeZip(bytes) { return .zip }
        if bytes.count >= 2 && bytes[0] == 0x80 && bytes[1] <= 5 { return .legacy }
        if bytes.count >= 262, Array(bytes[257..<262]) == Array("ustar".utf8) {
            throw CheckpointError.unsupported("tar-based torch checkpoints (torch < 0.4); re-save with a newer torch")
        }
        if bytes.isEmpty { throw CheckpointError.truncated("torch checkpoint: file is empty") }
        throw CheckpointError.invalidFormat("not a torch checkpoint (neither a zip archive nor a pickle)")
    }

    // MARK: Formats

    static func loadZip(_ bytes: UnsafeRawBufferPointer, arena: PickleArena = PickleArena()) throws -> PickleValue {
        let zip = try ZipArchive(bytes)
        let candidates = zip.entries.filter { $0.name == "data.pkl" || $0.name.hasSuffix("/data.pkl") }
        guard let pkl = candidates.min(by: { $0.name.count < $1.name.count }) else {
            throw CheckpointError.invalidFormat("torch zip checkpoint: no 'data.pkl' entry")
        }
        let prefix = String(pkl.name.dropLast("data.pkl".count))
        if let bo = zip.entry(named: prefix + "byteorder") {
            let text = String(decoding: try zip.data(for: bo), as: UTF8.self)
            if text != "little" { throw CheckpointError.unsupported("torch zip checkpoint with byte order '\(text)'") }
        }
        let ctx = TorchUnpickling()
        ctx.resolveStorage = { key, dtype, count in
            guard let e = zip.entry(named: prefix + "data/" + key) else {
                throw CheckpointError.invalidFormat("torch zip checkpoint: storage '\(key)' has no entry '\(prefix)data/\(key)'")
            }
            let data = try zip.data(for: e)
            let (need, o) = count.multipliedReportingOverflow(by: dtype.byteSize)
            guard !o, need <= data.count else {
                throw CheckpointError.truncated("torch zip checkpoint: storage '\(key)' needs \(count) \(dtype) elements, entry has \(data.count) bytes")
            }
            return UnsafeRawBufferPointer(rebasing: data[0..<need])
        }
        var u = Unpickler(try zip.data(for: pkl), context: "torch pickle '\(pkl.name)'",
                          reduce: ctx.reduce, persistentLoad: ctx.persistentLoad, arena: arena)
        let root = try u.load()
        try ctx.materialize()
        return root
    }

    /// LONG1 encoding of 0x1950a86a20f9469cfc6c, little-endian.
    static let legacyMagic: [UInt8] = [0x6C, 0xFC, 0x9C, 0x46, 0xF9, 0x20, 0x6A, 0xA8, 0x50, 0x19]

    static func loadLegacy(_ bytes: UnsafeRawBufferPointer, arena: PickleArena = PickleArena()) throws -> PickleValue {
        var u = Unpickler(bytes, context: "torch legacy header", arena: arena)
        guard case let .bigInt(magic) = try u.load(), magic == legacyMagic else {
            throw CheckpointError.invalidFormat("torch legacy checkpoint: bad magic number (a plain pickle, not torch.save output?)")
        }
        var pos = u.position
        u = Unpickler(bytes, position: pos, context: "torch legacy protocol version", arena: arena)
        guard case let .int(version) = try u.load() else {
            throw CheckpointError.invalidFormat("torch legacy checkpoint: protocol version is not an integer")
        }
        guard version == 1001 else { throw CheckpointError.unsupported("torch legacy protocol version \(version)") }
        pos = u.position
        u = Unpickler(bytes, position: pos, context: "torch legacy sys_info", arena: arena)
        if case let .dict(info) = try u.load(), case let .bool(little)? = info["little_endian"], !little {
            throw CheckpointError.unsupported("big-endian torch legacy checkpoint")
        }
        pos = u.position

        let ctx = TorchUnpickling()
        var pending: [String: (dtype: ElementType, count: Int)] = [:]
        // Storages are read after the main pickle; record their declared types for now.
        ctx.resolveStorage = { key, dtype, count in
            pending[key] = (dtype, count)
            return nil
        }
        u = Unpickler(bytes, position: pos, context: "torch legacy pickle", reduce: ctx.reduce, persistentLoad: ctx.persistentLoad, arena: arena)
        let root = try u.load()
        pos = u.position
        u = Unpickler(bytes, position: pos, context: "torch legacy storage keys", arena: arena)
        guard case let .list(keyList) = try u.load() else {
            throw CheckpointError.invalidFormat("torch legacy checkpoint: storage key list is not a list")
        }
        var r = ByteReader(bytes, position: u.position, context: "torch legacy storage data")
        for item in keyList.items {
            guard case let .string(key) = item else {
                throw CheckpointError.invalidFormat("torch legacy checkpoint: storage key is \(item.typeName)")
            }
            guard let info = pending[key] else {
                throw CheckpointError.invalidFormat("torch legacy checkpoint: storage '\(key)' listed but never referenced")
            }
            let count = try r.checkedInt(try r.u64(), "element count of storage '\(key)'")
            let (size, o) = count.multipliedReportingOverflow(by: info.dtype.byteSize)
            guard !o else { throw CheckpointError.invalidFormat("torch legacy checkpoint: storage '\(key)' is too large") }
            let data = try r.bytes(size)
            ctx.storageData[key] = data
        }
        try ctx.materialize()
        return root
    }

    // MARK: Top level

    static func extractStateDict(_ root: PickleValue, stateDictKey: String?) throws -> OrderedStateDict {
        func moduleError(_ o: PickleObject) -> CheckpointError {
            .unsupported("the checkpoint holds a pickled object of class \(o.module).\(o.name) (a whole module?); "
                + "save model.state_dict() instead")
        }
        guard case let .dict(top) = root else {
            if case let .object(o) = root { throw moduleError(o) }
            throw CheckpointError.invalidFormat("torch checkpoint: top-level object is \(root.typeName), not a dict")
        }
        var dict = top
        if let key = stateDictKey {
            guard let v = top[key] else {
                throw CheckpointError.invalidFormat("torch checkpoint: no top-level key '\(key)' (keys: \(stringKeys(top)))")
            }
            if case let .object(o) = v { throw moduleError(o) }
            guard case let .dict(d) = v else {
                throw CheckpointError.invalidFormat("torch checkpoint: '\(key)' holds \(v.typeName), not a state dict")
            }
            dict = d
        } else if !containsTensors(top) {
            var found = false
            for key in wrapperKeys {
                guard let v = top[key] else { continue }
                if case let .object(o) = v { throw moduleError(o) }
                if case let .dict(d) = v, containsTensors(d) || d.items.isEmpty {
                    dict = d
                    found = true
                    break
                }
            }
            if !found {
                throw CheckpointError.invalidFormat(
                    "torch checkpoint: no tensors at the top level and none under \(wrapperKeys) (keys: \(stringKeys(top)))")
            }
        }
        var result = OrderedStateDict()
        for (k, v) in dict.items {
            guard case let .string(name) = k else {
                throw CheckpointError.invalidFormat("torch checkpoint: state dict key is \(k.typeName), not a string")
            }
            if case let .native(obj) = v, let t = obj as? TorchTensor, let array = t.array {
                result[name] = array
            } else {
                result.skippedKeys.append(name)
            }
        }
        return result
    }

    private static func containsTensors(_ d: PickleDict) -> Bool {
        d.items.contains { if case let .native(o) = $0.value { return o is TorchTensor } else { return false } }
    }

    private static func stringKeys(_ d: PickleDict) -> String {
        d.items.compactMap { if case let .string(s) = $0.key { return s } else { return nil } }.prefix(20).joined(separator: ", ")
    }
}

/// A storage referenced by a persistent id.
final class TorchStorage {
    let key: String
    let dtype: ElementType
    /// Elements declared in the persistent id.
    let declaredCount: Int
    /// For legacy storage views: the element offset into the root storage, and the view length.
    var viewOffset = 0
    var viewCount: Int?

    init(key: String, dtype: ElementType, declaredCount: Int) {
        self.key = key
        self.dtype = dtype
        self.declaredCount = declaredCount
    }
}

/// A tensor rebuilt by `_rebuild_tensor_v2`; `array` is filled by `materialize()`.
final class TorchTensor {
    let storage: TorchStorage
    let offset: Int
    let size: [Int]
    let stride: [Int]
    var array: NamedArray?

    init(storage: TorchStorage, offset: Int, size: [Int], stride: [Int]) {
        self.storage = storage
        self.offset = offset
        self.size = size
        self.stride = stride
    }
}

/// The torch-specific hooks of the pickle VM: persistent ids and the callable whitelist.
final class TorchUnpickling {
    /// Returns the bytes of a storage now (zip) or `nil` to supply them later via `storageData` (legacy).
    var resolveStorage: (_ key: String, _ dtype: ElementType, _ count: Int) throws -> UnsafeRawBufferPointer? = { _, _, _ in nil }
    var storageData: [String: UnsafeRawBufferPointer] = [:]
    private var storages: [String: TorchStorage] = [:]
    private var tensors: [TorchTensor] = []

    /// Largest element count accepted for the tensors with more elements than their storage,
    /// all together (each alone could otherwise be under the limit: forty 2^26-element tensors
    /// expanded from one stored float took 10 GB for an 11 KB file).
    static let maxBroadcastElements = 1 << 26

    private func bad(_ s: String) -> CheckpointError { .invalidFormat("torch pickle: \(s)") }

    func persistentLoad(_ pid: PickleValue) throws -> PickleValue {
        guard case let .tuple(t) = pid, t.count >= 5, case .string("storage") = t[0] else {
            throw bad("unsupported persistent id \(pid.typeName)")
        }
        guard case let .global(_, typeName) = t[1] else { throw bad("storage type is \(t[1].typeName)") }
        guard let dtype = ElementType(torchStorageName: typeName) else {
            throw CheckpointError.unsupportedDType("torch storage type '\(typeName)'")
        }
        guard case let .string(key) = t[2] else { throw bad("storage key is \(t[2].typeName)") }
        guard case let .int(count) = t[4], count >= 0 else { throw bad("storage size is \(t[4].typeName)") }
        let root: TorchStorage
        if let s = storages[key] {
            root = s
        } else {
            root = TorchStorage(key: key, dtype: dtype, declaredCount: count)
            storages[key] = root
            if let data = try resolveStorage(key, dtype, count) { storageData[key] = data }
        }
        // Legacy view metadata: (view_key, offset, view_size), offset/size in elements.
        if t.count >= 6, case let .tuple(view) = t[5] {
            guard view.count == 3, case let .int(off) = view[1], case let .int(n) = view[2], off >= 0, n >= 0 else {
                throw bad("bad storage view metadata")
            }
            let v = TorchStorage(key: key, dtype: dtype, declaredCount: count)
            v.viewOffset = off
            v.viewCount = n
            return .native(v)
        }
        return .native(root)
    }

    func reduce(_ module: String, _ name: String, _ args: [PickleValue]) throws -> PickleValue? {
        switch (module, name) {
        case ("torch._utils", "_rebuild_tensor_v2"), ("torch._utils", "_rebuild_tensor"):
            guard args.count >= 4, case let .native(s) = args[0], let storage = s as? TorchStorage else {
                throw bad("\(name) without a storage")
            }
            guard case let .int(offset) = args[1], offset >= 0 else { throw bad("\(name): bad storage offset") }
            let size = try ints(args[2], "size")
            let stride = try ints(args[3], "stride")
            guard size.count == stride.count else { throw bad("\(name): size \(size) and stride \(stride) differ in rank") }
            let t = TorchTensor(storage: storage, offset: offset, size: size, stride: stride)
            tensors.append(t)
            return .native(t)
        case ("torch._utils", "_rebuild_parameter"), ("torch._utils", "_rebuild_parameter_with_state"):
            guard let data = args.first, case let .native(o) = data, o is TorchTensor else {
                throw bad("\(name) without a tensor")
            }
            return data
        case ("torch._tensor", "_rebuild_from_type_v2"):
            // (func, new_type, args, state): rebuild with func(*args); the subclass is dropped.
            guard args.count >= 3, case let .global(m, n) = args[0], case let .tuple(a) = args[2] else {
                throw bad("bad _rebuild_from_type_v2 arguments")
            }
            return try reduce(m, n, a)
        default:
            return nil
        }
    }

    private func ints(_ v: PickleValue, _ what: String) throws -> [Int] {
        guard case let .tuple(items) = v else { throw bad("tensor \(what) is \(v.typeName), not a tuple") }
        return try items.map {
            guard case let .int(i) = $0 else { throw bad("tensor \(what) holds \($0.typeName)") }
            return i
        }
    }

    /// Decodes every rebuilt tensor into a row-major `NamedArray`.
    func materialize() throws {
        // Every tensor is checked before any is decoded, so that the expansion limit holds
        // before memory is spent.
        let layouts = try tensors.map(layout)
        var expanded = 0
        for (t, l) in zip(tensors, layouts) where l.numel > l.available {
            expanded += l.numel  // each is at most maxBroadcastElements (layout checks): no overflow
            if expanded > Self.maxBroadcastElements {
                throw CheckpointError.unsupported(
                    "tensor \(t.size) expands \(l.available) stored elements of '\(t.storage.key)' to \(l.numel); "
                        + "limit is \(Self.maxBroadcastElements) for all expanded tensors together")
            }
        }
        for (t, l) in zip(tensors, layouts) { t.array = materialize(t, l) }
    }

    /// Where a tensor's elements are, validated against its storage.
    private struct Layout {
        var data: UnsafeRawBufferPointer
        /// Elements available to the (possibly view) storage, from element `base` on.
        var available: Int
        var base: Int
        var numel: Int
        /// Highest element index used.
        var last: Int
    }

    private func layout(_ t: TorchTensor) throws -> Layout {
        let s = t.storage
        guard let data = storageData[s.key] else { throw bad("storage '\(s.key)' has no data") }
        let el = s.dtype.byteSize
        // Elements available to this (possibly view) storage.
        let rootCount = data.count / el
        guard s.viewOffset <= rootCount else { throw bad("storage view of '\(s.key)' starts past its end") }
        let available = min(s.viewCount ?? (rootCount - s.viewOffset), rootCount - s.viewOffset)
        let base = s.viewOffset
        guard t.size.allSatisfy({ $0 >= 0 }) else { throw bad("negative tensor size \(t.size)") }
        guard t.stride.allSatisfy({ $0 >= 0 }) else { throw CheckpointError.unsupported("negative tensor strides \(t.stride)") }
        var numel = 1
        var last = t.offset  // highest element index used
        for (n, st) in zip(t.size, t.stride) {
            let (c, o1) = numel.multipliedReportingOverflow(by: n)
            guard !o1 else { throw bad("tensor size \(t.size) overflows") }
            numel = c
            if n > 0 {
                let (d, o2) = (n - 1).multipliedReportingOverflow(by: st)
                let (l, o3) = last.addingReportingOverflow(d)
                guard !o2, !o3 else { throw bad("tensor strides \(t.stride) overflow") }
                last = l
            }
        }
        let layout = Layout(data: data, available: available, base: base, numel: numel, last: last)
        if numel == 0 { return layout }
        // Broadcast (stride-0) tensors may expand a tiny storage; refuse absurd expansions
        // (a corrupt file could otherwise request terabytes; `materialize()` also limits the sum).
        if numel > available && numel > Self.maxBroadcastElements {
            throw CheckpointError.unsupported(
                "tensor \(t.size) expands \(available) stored elements of '\(s.key)' to \(numel); limit is \(Self.maxBroadcastElements)")
        }
        guard last < available else {
            throw CheckpointError.invalidFormat(
                "torch checkpoint: tensor \(t.size) with stride \(t.stride) at offset \(t.offset) reads element \(last) of storage '\(s.key)' holding \(available)")
        }
        return layout
    }

    private func materialize(_ t: TorchTensor, _ layout: Layout) -> NamedArray {
        let s = t.storage, el = s.dtype.byteSize
        let numel = layout.numel, last = layout.last
        if numel == 0 { return NamedArray(shape: t.size, values: [], sourceType: s.dtype) }
        let src = layout.data.baseAddress! + (layout.base + t.offset) * el
        // Contiguous (row-major, ignoring size-1 dimensions): decode in one pass.
        var expected = 1
        var contiguous = true
        for d in stride(from: t.size.count - 1, through: 0, by: -1) where t.size[d] != 1 {
            if t.stride[d] != expected { contiguous = false; break }
            expected *= t.size[d]
        }
        if contiguous {
            return NamedArray(shape: t.size, values: decodeArray(s.dtype, from: src, count: numel), sourceType: s.dtype)
        }
        // Strided: decode the span covering all elements, then gather in row-major order.
        let span = decodeArray(s.dtype, from: src, count: last - t.offset + 1)
        let size = t.size, strides = t.stride, nd = size.count
        let values = [Float](unsafeUninitializedCapacity: numel) { out, initialized in
            span.withUnsafeBufferPointer { spanBuf in
                let src = spanBuf.baseAddress!
                var dst = out.baseAddress!
                var idx = [Int](repeating: 0, count: nd)
                let innerN = size[nd - 1], innerS = strides[nd - 1]
                var pos = 0
                while true {
                    var p = pos
                    for _ in 0..<innerN {
                        dst.pointee = src[p]
                        dst += 1
                        p += innerS
                    }
                    var d = nd - 2
                    while d >= 0 {
                        idx[d] += 1
                        pos += strides[d]
                        if idx[d] < size[d] { break }
                        pos -= strides[d] * size[d]
                        idx[d] = 0
                        d -= 1
                    }
                    if d < 0 { break }
                }
            }
            initialized = numel
        }
        return NamedArray(shape: t.size, values: values, sourceType: s.dtype)
    }
}
