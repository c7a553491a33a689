/// An 8-bit RGBA colour (straight, not premultiplied, alpha).
public struct RGBA: Codable, Sendable, Equatable, Hashable {
    public var r: UInt8, g: UInt8, b: UInt8, a: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8, a: UInt8 = 255) { self.r = r; self.g = g; self.b = b; self.a = a }

    /// From `0xRRGGBB`, opaque.
    public init(hex: UInt32) {
        self.init(r: UInt8(hex >> 16 & 0xFF), g: UInt8(hex >> 8 & 0xFF), b: UInt8(hex & 0xFF))
    }

    /// `#rrggbb` (alpha is written separately as an opacity in SVG).
    public var hexString: String {
        let digits = Array("0123456789abcdef")
        var s = "#"
        for v in [r, g, b] { s.append(digits[Int(v >> 4)]); s.append(digits[Int(v & 15)]) }
        return s
    }

    public static let white = RGBA(hex: 0xFFFFFF)
    public static let black = RGBA(hex: 0x000000)
    public static let gray = RGBA(hex: 0x808080)
    public static let lightGray = RGBA(hex: 0xDDDDDD)
    public static let transparent = RGBA(r: 0, g: 0, b: 0, a: 0)
}

/// Colour palettes for plot series.
public enum Palette {
    /// Matplotlib's `tab10` (Tableau 10): the default cycle, distinguishable at a glance.
    public static let tab10: [RGBA] = [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD,
        0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF,
    ].map(RGBA.init(hex:))

    /// Matplotlib's `tab20`: `tab10`'s colours each followed by a lighter partner, for up to 20
    /// categories.
    public static let tab20: [RGBA] = [
        0x1F77B4, 0xAEC7E8, 0xFF7F0E, 0xFFBB78, 0x2CA02C, 0x98DF8A, 0xD62728, 0xFF9896, 0x9467BD, 0xC5B0D5,
        0x8C564B, 0xC49C94, 0xE377C2, 0xF7B6D2, 0x7F7F7F, 0xC7C7C7, 0xBCBD22, 0xDBDB8D, 0x17BECF, 0x9EDAE5,
    ].map(RGBA.init(hex:))

    /// `tab10` for up to 10 categories, `tab20` for more.
    public static func categorical(_ count: Int) -> [RGBA] { count <= 10 ? tab10 : tab20 }

    /// Okabe & Ito (2008), safe for the common colour-vision deficiencies (black first).
    public static let okabeIto: [RGBA] = [
        0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
    ].map(RGBA.init(hex:))
}
