import Foundation

/// Where preprocessed (decoded, resized) images are kept so later epochs skip decoding.
public enum ImageCacheMode: Sendable, Equatable {
    case none
    /// In memory, for the loader's lifetime.
    case memory
    /// One file per image under `directory` (created if needed), reused across runs; the key
    /// covers the file path, its size and modification time, and the preprocessing settings.
    case disk(directory: String)
}

/// Thread-safe cache of preprocessed images keyed by dataset index.
final class ImageCache: @unchecked Sendable {
    let mode: ImageCacheMode
    let settingsKey: String
    private var memory: [Int: Image] = [:]
    private let lock = NSLock()

    init(mode: ImageCacheMode, pipeline: Pipeline) {
        self.mode = mode
        settingsKey = "\(pipeline.channels)|\(pipeline.resize)|\(String(describing: pipeline.centerCrop))|\(pipeline.decoding.jpegMinimumShorterSide ?? 0)|\(pipeline.decoding.dicomWindow)"
        if case .disk(let dir) = mode { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    }

    func image(index: Int, path: String, make: () throws -> Image) throws -> Image {
        switch mode {
        case .none: return try make()
        case .memory:
            lock.lock(); let hit = memory[index]; lock.unlock()
            if let hit { return hit }
            let image = try make()
            lock.lock(); memory[index] = image; lock.unlock()
            return image
        case .disk(let dir):
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let stamp = "\((attributes?[.size] as? Int) ?? 0)|\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
            let file = dir + "/" + String(fnv1a(path + "|" + stamp + "|" + settingsKey), radix: 16) + ".cxrimg"
            if let data = FileManager.default.contents(atPath: file), let image = ImageCache.decode(data) { return image }
            let image = try make()
            try? ImageCache.encode(image).write(to: URL(fileURLWithPath: file), options: .atomic)
            return image
        }
    }

    private func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Layout: "CXRI", kind (0 = uint8, 1 = float), width, height, channels (Int32 LE), lower, upper (Float), pixels.
    static func encode(_ image: Image) -> Data {
        var d = Data("CXRI".utf8)
        func put<T>(_ v: T) { withUnsafeBytes(of: v) { d.append(contentsOf: $0) } }
        let isFloat: Int32 = { if case .float = image.pixels { return 1 }; return 0 }()
        put(isFloat); put(Int32(image.width)); put(Int32(image.height)); put(Int32(image.channels))
        put(image.valueRange.lowerBound); put(image.valueRange.upperBound)
        switch image.pixels {
        case .uint8(let b): d.append(contentsOf: b)
        case .float(let f): f.withUnsafeBytes { d.append(contentsOf: $0) }
        }
        return d
    }

    static func decode(_ data: Data) -> Image? {
        let bytes = [UInt8](data)
        guard bytes.count >= 28, bytes[0..<4].elementsEqual(Array("CXRI".utf8)) else { return nil }
        func i32(_ o: Int) -> Int { Int(Int32(bitPattern: UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24)) }
        func f32(_ o: Int) -> Float { Float(bitPattern: UInt32(i32(o) & 0xFFFF_FFFF)) }
        let kind = i32(4), w = i32(8), h = i32(12), c = i32(16)
        guard w > 0, h > 0, c > 0, w * h * c <= 1 << 28 else { return nil }
        let n = w * h * c, body = bytes[28...]
        if kind == 0 {
            guard body.count == n else { return nil }
            return Image(width: w, height: h, channels: c, bytes: Array(body))
        }
        guard body.count == n * 4 else { return nil }
        let floats = Array(body).withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        return Image(width: w, height: h, channels: c, floats: floats, valueRange: f32(20)...max(f32(20), f32(24)))
    }
}
