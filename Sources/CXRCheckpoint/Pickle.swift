/// A value produced by the pickle virtual machine.
///
/// Lists, dicts and objects are reference types so that memoised references see
/// later mutations (APPENDS, SETITEMS, BUILD), as in Python.
indirect enum PickleValue {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer that does not fit in `Int`: little-endian two's complement bytes.
    case bigInt([UInt8])
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case tuple([PickleValue])
    case list(PickleList)
    case dict(PickleDict)
    /// A reference to a global (`module.name`), e.g. a class or function. Never resolved to code.
    case global(module: String, name: String)
    /// An instance of a class the VM does not know: its class, constructor arguments and state.
    case object(PickleObject)
    /// A value created by the VM's client (e.g. a torch storage or tensor).
    case native(AnyObject)

    var typeName: String {
        switch self {
        case .none: return "None"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .string: return "str"
        case .bytes: return "bytes"
        case .tuple: return "tuple"
        case .list: return "list"
        case .dict: return "dict"
        case let .global(m, n): return "global \(m).\(n)"
        case let .object(o): return "object of \(o.module).\(o.name)"
        case let .native(o): return "\(type(of: o))"
        }
    }
}

final class PickleList {
    var items: [PickleValue]
    init(_ items: [PickleValue] = []) { self.items = items }
}

/// Every list, dict and object an `Unpickler` creates, so that they can be emptied once the
/// caller is done with the result: a pickle can make containers refer to each other in a cycle
/// (a list appended to itself, an object whose state holds the object), which reference
/// counting alone would never free. `TorchCheckpoint.load` releases its arena after extracting
/// the state dict; values must not be used after `release()`.
final class PickleArena {
    private var lists: [PickleList] = []
    private var dicts: [PickleDict] = []
    private var objects: [PickleObject] = []

    func add(_ l: PickleList) { lists.append(l) }
    func add(_ d: PickleDict) { dicts.append(d) }
    func add(_ o: PickleObject) { objects.append(o) }

    /// Empties every container (breaking any cycle) and forgets them.
    func release() {
        for l in lists { l.items = [] }
        for d in dicts { d.removeAll() }
        for o in objects { o.removeAll() }
        lists = []; dicts = []; objects = []
    }
}

/// An insertion-ordered dict. Keys that are strings/ints/bools/None replace earlier
/// equal keys; other keys are appended.
final class PickleDict {
    private(set) var items: [(key: PickleValue, value: PickleValue)] = []
    private var index: [String: Int] = [:]
    /// `OrderedDict` vs plain dict (informational).
    var isOrdered = false
    /// Attribute state set with BUILD (e.g. the `_metadata` of a state dict).
    var state: PickleValue?

    private static func hashKey(_ k: PickleValue) -> String? {
        switch k {
        case let .string(s): return "s" + s
        case let .int(i): return "i\(i)"
        case let .bool(b): return "i\(b ? 1 : 0)"
        case .none: return "n"
        default: return nil
        }
    }

    func set(_ key: PickleValue, _ value: PickleValue) {
        if let h = Self.hashKey(key) {
            if let i = index[h] {
                items[i].value = value
                return
            }
            index[h] = items.count
        }
        items.append((key, value))
    }

    subscript(key: String) -> PickleValue? {
        index["s" + key].map { items[$0].value }
    }

    func removeAll() {
        items = []
        index = [:]
        state = nil
    }
}

/// An instance of an unknown class (kept opaque; nothing is executed).
final class PickleObject {
    let module: String
    let name: String
    var args: [PickleValue]
    var state: PickleValue?
    var listItems: [PickleValue] = []
    var dictItems: [(PickleValue, PickleValue)] = []
    init(module: String, name: String, args: [PickleValue]) {
        self.module = module
        self.name = name
        self.args = args
    }

    func removeAll() {
        args = []
        state = nil
        listItems = []
        dictItems = []
    }
}

/// A safe pickle virtual machine (protocols 0–5, the subset real checkpoints use).
///
/// It never imports or executes anything. `GLOBAL`/`STACK_GLOBAL` push `.global`
/// references; `REDUCE`/`NEWOBJ` call `reduce`, a whitelist supplied by the client,
/// which may return a value, or `nil` to get an opaque `.object`. `BINPERSID`/`PERSID`
/// call `persistentLoad`.
struct Unpickler {
    typealias Reduce = (_ module: String, _ name: String, _ args: [PickleValue]) throws -> PickleValue?
    typealias PersistentLoad = (PickleValue) throws -> PickleValue

    var reader: ByteReader
    var reduce: Reduce
    var persistentLoad: PersistentLoad?
    /// Records the containers this unpickler creates (see `PickleArena`).
    let arena: PickleArena

    private var stack: [PickleValue] = []
    /// For each stack value, how deeply tuples nest in it (lists, dicts and objects count 0:
    /// the arena frees them one at a time, while nested tuples are freed recursively, so a
    /// long chain of TUPLE1 opcodes would overflow the stack when freed).
    private var depths: [Int] = []
    private var marks: [Int] = []
    private var memo: [Int: (value: PickleValue, depth: Int)] = [:]

    /// Deepest tuple nesting accepted (real checkpoints nest a few levels).
    static let maxTupleDepth = 100

    init(_ buffer: UnsafeRawBufferPointer, position: Int = 0, context: String = "pickle",
         reduce: @escaping Reduce = { _, _, _ in nil }, persistentLoad: PersistentLoad? = nil,
         arena: PickleArena = PickleArena()) {
        reader = ByteReader(buffer, position: position, context: context)
        self.reduce = reduce
        self.persistentLoad = persistentLoad
        self.arena = arena
    }

    private func newList(_ items: [PickleValue] = []) -> PickleList {
        let l = PickleList(items)
        arena.add(l)
        return l
    }

    private func newDict() -> PickleDict {
        let d = PickleDict()
        arena.add(d)
        return d
    }

    private func newObject(module: String, name: String, args: [PickleValue]) -> PickleObject {
        let o = PickleObject(module: module, name: name, args: args)
        arena.add(o)
        return o
    }

    /// Position just after the last STOP (where the next pickle starts).
    var position: Int { reader.position }

    private func fail(_ msg: String) -> CheckpointError {
        .invalidFormat("\(reader.context): \(msg) (at offset \(reader.position))")
    }

    private mutating func push(_ v: PickleValue, depth: Int = 0) {
        stack.append(v)
        depths.append(depth)
    }

    /// Pushes a new tuple of `items`, whose deepest tuple nesting is `itemsDepth`.
    private mutating func pushTuple(_ items: [PickleValue], itemsDepth: Int) throws {
        guard itemsDepth < Self.maxTupleDepth else { throw fail("tuples nested deeper than \(Self.maxTupleDepth) levels") }
        push(.tuple(items), depth: itemsDepth + 1)
    }

    /// Pushes what a callable or the persistent loader returned; a tuple among its arguments
    /// (nested at most `bound` deep) may be returned as it is (`torch.Size`).
    private mutating func pushResult(_ v: PickleValue, bound: Int) {
        if case .tuple = v { push(v, depth: bound) } else { push(v) }
    }

    private mutating func popEntry() throws -> (value: PickleValue, depth: Int) {
        guard let v = stack.popLast() else { throw fail("stack underflow") }
        let depth = depths.removeLast()
        if let m = marks.last, stack.count < m { throw fail("pop crossed a MARK") }
        return (v, depth)
    }

    private mutating func pop() throws -> PickleValue { try popEntry().value }

    private mutating func popMarkEntries() throws -> (items: [PickleValue], depth: Int) {
        guard let m = marks.popLast() else { throw fail("no MARK on the stack") }
        guard m <= stack.count else { throw fail("MARK beyond stack") }
        let items = Array(stack[m...])
        let depth = depths[m...].max() ?? 0
        stack.removeSubrange(m...)
        depths.removeSubrange(m...)
        return (items, depth)
    }

    private mutating func popMark() throws -> [PickleValue] { try popMarkEntries().items }

    private mutating func top() throws -> PickleValue {
        guard let v = stack.last else { throw fail("stack underflow") }
        return v
    }

    private mutating func memoGet(_ i: Int) throws {
        guard let v = memo[i] else { throw fail("memo key \(i) not found") }
        push(v.value, depth: v.depth)
    }

    private mutating func memoPut(_ i: Int) throws {
        memo[i] = (try top(), depths.last ?? 0)
    }

    private func string(_ b: UnsafeRawBufferPointer) -> String { String(decoding: b, as: UTF8.self) }

    private mutating func length(_ v: UInt64) throws -> Int { try reader.checkedInt(v, "length") }

    /// Little-endian two's complement to Int (or bigInt).
    private func long(_ b: UnsafeRawBufferPointer) -> PickleValue {
        if b.isEmpty { return .int(0) }
        if b.count <= 8 {
            var v: UInt64 = 0
            for i in 0..<b.count { v |= UInt64(b[i]) << (8 * UInt64(i)) }
            if b.count < 8 && b[b.count - 1] & 0x80 != 0 { v |= ~0 << (8 * UInt64(b.count)) }
            return .int(Int(Int64(bitPattern: v)))
        }
        return .bigInt(Array(b))
    }

    private mutating func setItems(_ target: PickleValue, _ kv: [PickleValue]) throws {
        guard kv.count % 2 == 0 else { throw fail("SETITEMS with an odd number of items") }
        switch target {
        case let .dict(d):
            var i = 0
            while i < kv.count { d.set(kv[i], kv[i + 1]); i += 2 }
        case let .object(o):
            var i = 0
            while i < kv.count { o.dictItems.append((kv[i], kv[i + 1])); i += 2 }
        default: throw fail("SETITEM(S) on \(target.typeName)")
        }
    }

    private mutating func appendItems(_ target: PickleValue, _ items: [PickleValue]) throws {
        switch target {
        case let .list(l): l.items.append(contentsOf: items)
        case let .object(o): o.listItems.append(contentsOf: items)
        default: throw fail("APPEND(S) on \(target.typeName)")
        }
    }

    private mutating func call(_ callable: PickleValue, _ args: [PickleValue]) throws -> PickleValue {
        guard case let .global(module, name) = callable else {
            throw fail("cannot call \(callable.typeName)")
        }
        if let v = try reduce(module, name, args) { return v }
        switch (module, name) {
        case ("collections", "OrderedDict"), ("builtins", "dict"), ("__builtin__", "dict"):
            let d = newDict()
            d.isOrdered = name == "OrderedDict"
            if let first = args.first, case let .list(l) = first {
                for item in l.items {
                    guard case let .tuple(kv) = item, kv.count == 2 else { throw fail("OrderedDict item is not a pair") }
                    d.set(kv[0], kv[1])
                }
            }
            return .dict(d)
        case ("builtins", "list"), ("__builtin__", "list"):
            if let first = args.first, case let .list(l) = first { return .list(newList(l.items)) }
            if let first = args.first, case let .tuple(t) = first { return .list(newList(t)) }
            return .list(newList())
        case ("builtins", "set"), ("__builtin__", "set"), ("builtins", "frozenset"), ("__builtin__", "frozenset"):
            if let first = args.first, case let .list(l) = first { return .list(newList(l.items)) }
            return .list(newList())
        case ("_codecs", "encode"):
            // Python 2 byte strings pickled by Python 3: _codecs.encode(str, 'latin1').
            guard args.count >= 1, case let .string(s) = args[0] else { throw fail("_codecs.encode needs a string") }
            let latin1 = args.count >= 2 && { if case let .string(e) = args[1] { return e.lowercased().hasPrefix("latin") } else { return false } }()
            return .bytes(latin1 ? s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } : Array(s.utf8))
        case ("torch", "Size"):
            if let first = args.first, case .tuple = first { return first }
            return .tuple([])
        case ("copyreg", "_reconstructor"), ("copy_reg", "_reconstructor"):
            // Instances of arbitrary classes (e.g. a whole nn.Module): keep the class name, opaque.
            if let first = args.first, case let .global(m, n) = first {
                return .object(newObject(module: m, name: n, args: Array(args.dropFirst())))
            }
            return .object(newObject(module: module, name: name, args: args))
        default:
            return .object(newObject(module: module, name: name, args: args))
        }
    }

    /// Runs until STOP and returns the top of the stack.
    mutating func load() throws -> PickleValue {
        stack.removeAll(keepingCapacity: true)
        depths.removeAll(keepingCapacity: true)
        marks.removeAll()
        memo.removeAll()
        while true {
            let op = try reader.u8()
            switch op {
            case 0x80: // PROTO
                let v = try reader.u8()
                guard v <= 5 else { throw CheckpointError.unsupported("pickle protocol \(v)") }
            case 0x95: // FRAME
                _ = try reader.u64()
            case 0x2E: // STOP
                let v = try pop()
                return v
            case 0x28: // MARK
                marks.append(stack.count)
            case 0x30: // POP
                if let m = marks.last, m == stack.count { _ = marks.popLast() } else { _ = try pop() }
            case 0x31: // POP_MARK
                _ = try popMark()
            case 0x32: // DUP
                let v = try top()
                push(v, depth: depths.last ?? 0)
            case 0x4E: push(.none) // NONE
            case 0x88: push(.bool(true)) // NEWTRUE
            case 0x89: push(.bool(false)) // NEWFALSE
            case 0x4A: // BININT
                push(.int(Int(Int32(bitPattern: try reader.u32()))))
            case 0x4B: // BININT1
                push(.int(Int(try reader.u8())))
            case 0x4D: // BININT2
                push(.int(Int(try reader.u16())))
            case 0x49: // INT (text)
                let s = try reader.line()
                if s == "01" { push(.bool(true)) } else if s == "00" { push(.bool(false)) } else {
                    guard let i = Int(s) else { throw fail("bad INT '\(s)'") }
                    push(.int(i))
                }
            case 0x4C: // LONG (text)
                var s = try reader.line()
                if s.hasSuffix("L") { s.removeLast() }
                guard let i = Int(s) else { throw CheckpointError.unsupported("pickle LONG '\(s)' beyond 64 bits") }
                push(.int(i))
            case 0x8A: // LONG1
                let n = Int(try reader.u8())
                push(long(try reader.bytes(n)))
            case 0x8B: // LONG4
                let n = Int(Int32(bitPattern: try reader.u32()))
                guard n >= 0 else { throw fail("negative LONG4 length") }
                push(long(try reader.bytes(n)))
            case 0x47: // BINFLOAT
                push(.float(try reader.f64BigEndian()))
            case 0x46: // FLOAT (text)
                let s = try reader.line()
                guard let d = Double(s) else { throw fail("bad FLOAT '\(s)'") }
                push(.float(d))
            case 0x58: // BINUNICODE
                let n = Int(try reader.u32())
                push(.string(string(try reader.bytes(n))))
            case 0x8C: // SHORT_BINUNICODE
                let n = Int(try reader.u8())
                push(.string(string(try reader.bytes(n))))
            case 0x8D: // BINUNICODE8
                let n = try length(try reader.u64())
                push(.string(string(try reader.bytes(n))))
            case 0x56: // UNICODE (raw-unicode-escape text; ASCII subset)
                push(.string(try reader.line()))
            case 0x54: // BINSTRING
                let n = Int(Int32(bitPattern: try reader.u32()))
                guard n >= 0 else { throw fail("negative BINSTRING length") }
                push(.string(string(try reader.bytes(n))))
            case 0x55: // SHORT_BINSTRING
                let n = Int(try reader.u8())
                push(.string(string(try reader.bytes(n))))
            case 0x53: // STRING (quoted text)
                var s = try reader.line()
                if s.count >= 2, let f = s.first, f == "'" || f == "\"", s.last == f { s = String(s.dropFirst().dropLast()) }
                push(.string(s))
            case 0x42: // BINBYTES
                let n = Int(try reader.u32())
                push(.bytes(Array(try reader.bytes(n))))
            case 0x43: // SHORT_BINBYTES
                let n = Int(try reader.u8())
                push(.bytes(Array(try reader.bytes(n))))
            case 0x8E, 0x96: // BINBYTES8, BYTEARRAY8
                let n = try length(try reader.u64())
                push(.bytes(Array(try reader.bytes(n))))
            case 0x29: try pushTuple([], itemsDepth: 0) // EMPTY_TUPLE
            case 0x74: // TUPLE
                let (items, depth) = try popMarkEntries()
                try pushTuple(items, itemsDepth: depth)
            case 0x85: // TUPLE1
                let a = try popEntry()
                try pushTuple([a.value], itemsDepth: a.depth)
            case 0x86: // TUPLE2
                let b = try popEntry(), a = try popEntry()
                try pushTuple([a.value, b.value], itemsDepth: max(a.depth, b.depth))
            case 0x87: // TUPLE3
                let c = try popEntry(), b = try popEntry(), a = try popEntry()
                try pushTuple([a.value, b.value, c.value], itemsDepth: max(a.depth, b.depth, c.depth))
            case 0x5D: push(.list(newList())) // EMPTY_LIST
            case 0x6C: push(.list(newList(try popMark()))) // LIST
            case 0x61: // APPEND
                let v = try pop()
                try appendItems(try top(), [v])
            case 0x65: // APPENDS
                let items = try popMark()
                try appendItems(try top(), items)
            case 0x7D: push(.dict(newDict())) // EMPTY_DICT
            case 0x64: // DICT
                let items = try popMark()
                let d = newDict()
                try setItems(.dict(d), items)
                push(.dict(d))
            case 0x73: // SETITEM
                let v = try pop(), k = try pop()
                try setItems(try top(), [k, v])
            case 0x75: // SETITEMS
                let items = try popMark()
                try setItems(try top(), items)
            case 0x8F: push(.list(newList())) // EMPTY_SET (as a list)
            case 0x90: // ADDITEMS
                let items = try popMark()
                try appendItems(try top(), items)
            case 0x91: push(.list(newList(try popMark()))) // FROZENSET
            case 0x63: // GLOBAL
                let module = try reader.line()
                let name = try reader.line()
                push(.global(module: module, name: name))
            case 0x93: // STACK_GLOBAL
                let name = try pop(), module = try pop()
                guard case let .string(n) = name, case let .string(m) = module else {
                    throw fail("STACK_GLOBAL needs two strings")
                }
                push(.global(module: m, name: n))
            case 0x52: // REDUCE
                let args = try popEntry(), callable = try pop()
                guard case let .tuple(a) = args.value else { throw fail("REDUCE arguments are \(args.value.typeName), not a tuple") }
                pushResult(try call(callable, a), bound: args.depth)
            case 0x81: // NEWOBJ
                let args = try popEntry(), cls = try pop()
                guard case let .tuple(a) = args.value else { throw fail("NEWOBJ arguments are not a tuple") }
                pushResult(try call(cls, a), bound: args.depth)
            case 0x92: // NEWOBJ_EX
                _ = try pop() // kwargs
                let args = try popEntry(), cls = try pop()
                guard case let .tuple(a) = args.value else { throw fail("NEWOBJ_EX arguments are not a tuple") }
                pushResult(try call(cls, a), bound: args.depth)
            case 0x62: // BUILD
                let state = try pop()
                switch try top() {
                case let .object(o): o.state = state
                case let .dict(d): d.state = state
                case .native: break // torch tensors/parameters: state is hooks/metadata, ignored
                default: break
                }
            case 0x70: // PUT (text)
                let s = try reader.line()
                guard let i = Int(s) else { throw fail("bad PUT '\(s)'") }
                try memoPut(i)
            case 0x71: try memoPut(Int(try reader.u8())) // BINPUT
            case 0x72: try memoPut(Int(try reader.u32())) // LONG_BINPUT
            case 0x94: try memoPut(memo.count) // MEMOIZE
            case 0x67: // GET (text)
                let s = try reader.line()
                guard let i = Int(s) else { throw fail("bad GET '\(s)'") }
                try memoGet(i)
            case 0x68: try memoGet(Int(try reader.u8())) // BINGET
            case 0x6A: try memoGet(Int(try reader.u32())) // LONG_BINGET
            case 0x51: // BINPERSID
                let pid = try popEntry()
                guard let persistentLoad else { throw fail("persistent id without a persistent loader") }
                pushResult(try persistentLoad(pid.value), bound: pid.depth)
            case 0x50: // PERSID
                let pid = try reader.line()
                guard let persistentLoad else { throw fail("persistent id without a persistent loader") }
                pushResult(try persistentLoad(.string(pid)), bound: 1)
            default:
                throw fail("unsupported or invalid opcode 0x" + String(op, radix: 16))
            }
        }
    }
}
