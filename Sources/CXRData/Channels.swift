/// Channel conversion: 1 channel (gray, for X-ray models) or 3 (RGB, for ImageNet backbones).
public extension Image {
    /// Converts to `channels` (1 or 3). Gray to RGB replicates the channel; RGB to gray uses
    /// PIL's `convert("L")` weights (ITU-R 601-2: 0.299 R + 0.587 G + 0.114 B; PIL's exact
    /// fixed-point rounding on `.uint8` images).
    func converted(toChannels target: Int) -> Image {
        precondition(target == 1 || target == 3, "channels must be 1 or 3")
        if target == channels { return self }
        let n = width * height
        if channels == 1 {  // gray -> RGB
            switch pixels {
            case .uint8(let s):
                var d = [UInt8](repeating: 0, count: n * 3)
                for i in 0..<n { let v = s[i]; d[3 * i] = v; d[3 * i + 1] = v; d[3 * i + 2] = v }
                return Image(width: width, height: height, channels: 3, bytes: d)
            case .float(let s):
                var d = [Float](repeating: 0, count: n * 3)
                for i in 0..<n { let v = s[i]; d[3 * i] = v; d[3 * i + 1] = v; d[3 * i + 2] = v }
                return Image(width: width, height: height, channels: 3, floats: d, valueRange: valueRange)
            }
        }
        precondition(channels == 3, "unexpected channel count \(channels)")
        switch pixels {
        case .uint8(let s):
            var d = [UInt8](repeating: 0, count: n)
            for i in 0..<n {
                let v = Int(s[3 * i]) * 19595 + Int(s[3 * i + 1]) * 38470 + Int(s[3 * i + 2]) * 7471 + 0x8000
                d[i] = UInt8(v >> 16)
            }
            return Image(width: width, height: height, channels: 1, bytes: d)
        case .float(let s):
            var d = [Float](repeating: 0, count: n)
            for i in 0..<n { d[i] = 0.299 * s[3 * i] + 0.587 * s[3 * i + 1] + 0.114 * s[3 * i + 2] }
            return Image(width: width, height: height, channels: 1, floats: d, valueRange: valueRange)
        }
    }

    /// True when every pixel of a 3-channel image has R == G == B (a gray image stored as RGB).
    var isGrayscaleRGB: Bool {
        guard channels == 3, case .uint8(let s) = pixels else { return false }
        for i in stride(from: 0, to: s.count, by: 3) where s[i] != s[i + 1] || s[i] != s[i + 2] { return false }
        return true
    }
}
