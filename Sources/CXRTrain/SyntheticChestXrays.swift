import CXRData
import CXREval
import Foundation

/// A generated data set of chest-like radiographs with known lesion masks, for the built-in
/// demo and for tests that need images whose ground truth is certain.
///
/// Each image shows a body outline, two dark lung fields crossed by ribs, the spine, the heart
/// shadow and the clavicles, with per-patient anatomy (size, position, contrast) and per-image
/// exposure, blur-free Gaussian noise and a slight tilt. Positives ("Lesion") carry one or two
/// soft-edged opacities inside a lung; their mask is where the opacity exceeds half its peak.
///
/// Layout written by `write(to:)`:
/// - `images/syn-NNNN.png` (8-bit grey, `size` x `size`)
/// - `lesions/syn-NNNN.png` (lesion mask, white = lesion; all black for negatives)
/// - `lungs/syn-NNNN.png` (lung-field mask)
/// - `labels.csv` with columns `path`, `labels` (`Lesion` or empty) and `patient`
///   (one to three images a patient, so patient-level splits matter).
public struct SyntheticChestXrays: Sendable {
    public var patients: Int
    public var size: Int
    public var positiveFraction: Double
    public var seed: UInt64

    /// - Parameters:
    ///   - patients: number of patients (each has 1-3 images; default 200, about 400 images).
    ///   - size: image side in pixels (default 256).
    ///   - positiveFraction: share of images with a lesion (default 0.5).
    public init(patients: Int = 200, size: Int = 256, positiveFraction: Double = 0.5, seed: UInt64 = 1) {
        self.patients = patients
        self.size = size
        self.positiveFraction = positiveFraction
        self.seed = seed
    }

    public static let className = "Lesion"

    /// One generated image with its masks (row-major, `size * size`).
    public struct Image: Sendable {
        public var pixels: [Float]       // 0...1 grey
        public var lesionMask: [Bool]
        public var lungMask: [Bool]
        public var hasLesion: Bool
    }

    /// Per-patient anatomy: every image of a patient shares it.
    struct Anatomy {
        var centreX, centreY, scale, lungWidth, lungHeight, heartSize, ribPhase, ribSpacing, tissue, air: Float
    }

    /// Writes the data set into `folder` and returns the path of its `labels.csv`.
    @discardableResult
    public func write(to folder: String, progress: ((Int, Int) -> Void)? = nil) throws -> String {
        let root = URL(fileURLWithPath: folder)
        for sub in ["images", "lesions", "lungs"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        var random = CXRData.SplitMix64(seed: seed)
        var rows = ["path,labels,patient"]
        var index = 0
        for patient in 0..<patients {
            let anatomy = Self.anatomy(&random)
            let images = 1 + Int(random.uniform(0, 1) * 3)
            for _ in 0..<images {
                index += 1
                let positive = random.uniform(0, 1) < positiveFraction
                let image = Self.render(anatomy: anatomy, size: size, lesion: positive, random: &random)
                let name = String(format: "syn-%04d.png", index)
                try write(grey: image.pixels, to: root.appendingPathComponent("images/\(name)"))
                try write(grey: image.lesionMask.map { $0 ? 1 : 0 }, to: root.appendingPathComponent("lesions/\(name)"))
                try write(grey: image.lungMask.map { $0 ? 1 : 0 }, to: root.appendingPathComponent("lungs/\(name)"))
                rows.append("images/\(name),\(positive ? Self.className : ""),P\(String(format: "%04d", patient))")
            }
            progress?(patient + 1, patients)
        }
        let csv = root.appendingPathComponent("labels.csv")
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: csv, options: .atomic)
        return csv.path
    }

    private func write(grey: [Float], to url: URL) throws {
        var rgba = [UInt8](repeating: 255, count: 4 * size * size)
        for i in 0..<(size * size) {
            let v = UInt8(max(0, min(255, (grey[i] * 255).rounded())))
            rgba[4 * i] = v; rgba[4 * i + 1] = v; rgba[4 * i + 2] = v
        }
        try Data(PNGEncoder.encodeRGBA(rgba, width: size, height: size)).write(to: url, options: .atomic)
    }

    static func anatomy(_ r: inout CXRData.SplitMix64) -> Anatomy {
        func u(_ a: Float, _ b: Float) -> Float { a + (b - a) * Float(r.uniform(0, 1)) }
        return Anatomy(centreX: u(0.47, 0.53), centreY: u(0.48, 0.54), scale: u(0.9, 1.08), lungWidth: u(0.15, 0.19),
                       lungHeight: u(0.27, 0.33), heartSize: u(0.11, 0.15), ribPhase: u(0, 6.28), ribSpacing: u(0.075, 0.095),
                       tissue: u(0.5, 0.62), air: u(0.14, 0.24))
    }

    /// Draws one image of a patient (exposure, noise, tilt and lesions vary per image).
    static func render(anatomy a: Anatomy, size: Int, lesion: Bool, random r: inout CXRData.SplitMix64) -> Image {
        func u(_ lo: Float, _ hi: Float) -> Float { lo + (hi - lo) * Float(r.uniform(0, 1)) }
        let n = size * size
        var pixels = [Float](repeating: 0, count: n)
        var lungs = [Bool](repeating: false, count: n)
        var lesionMask = [Bool](repeating: false, count: n)
        let tilt = u(-0.06, 0.06), gain = u(0.85, 1.15), offset = u(-0.05, 0.05)
        let lungCentres: [(Float, Float)] = [(a.centreX - 0.2 * a.scale, a.centreY - 0.02), (a.centreX + 0.2 * a.scale, a.centreY - 0.02)]
        // Lesions: one or two soft opacities inside a lung.
        var lesions: [(x: Float, y: Float, rx: Float, ry: Float, strength: Float)] = []
        if lesion {
            for _ in 0..<(r.uniform(0, 1) < 0.3 ? 2 : 1) {
                let lung = lungCentres[r.uniform(0, 1) < 0.5 ? 0 : 1]
                let angle = u(0, 6.28), radius = u(0, 0.6)
                let x = lung.0 + cos(angle) * radius * a.lungWidth * a.scale * 0.8
                let y = lung.1 + sin(angle) * radius * a.lungHeight * a.scale * 0.8
                let rx = u(0.045, 0.09) * a.scale
                lesions.append((x, y, rx, rx * u(0.7, 1.3), u(0.22, 0.38)))
            }
        }
        let s = Float(size)
        for py in 0..<size {
            for px in 0..<size {
                // Normalised, tilted coordinates.
                let x0 = Float(px) / s - 0.5, y0 = Float(py) / s - 0.5
                let x = 0.5 + x0 * cos(tilt) - y0 * sin(tilt), y = 0.5 + x0 * sin(tilt) + y0 * cos(tilt)
                // Body: a wide soft ellipse, brighter towards the mediastinum.
                let bx = (x - a.centreX) / (0.42 * a.scale), by = (y - a.centreY - 0.05) / (0.55 * a.scale)
                let body = smoothStep(1.05, 0.9, bx * bx + by * by)
                var value: Float = 0.04 + body * (a.tissue - 0.1 * abs(bx))
                // Lungs: dark air fields with soft edges.
                var inLung: Float = 0
                for (cx, cy) in lungCentres {
                    let dx = (x - cx) / (a.lungWidth * a.scale), dy = (y - cy) / (a.lungHeight * a.scale)
                    let shape = dx * dx + dy * dy + 0.25 * max(0, dy) * dx * dx  // wider at the base
                    inLung = max(inLung, smoothStep(1.0, 0.8, shape))
                }
                lungs[py * size + px] = inLung > 0.5
                value = value * (1 - inLung) + a.air * inLung
                // Ribs: bright arcs across the lungs.
                let rib = 0.5 + 0.5 * sin((y + 0.6 * (x - a.centreX) * (x - a.centreX)) / a.ribSpacing * 6.283 + a.ribPhase)
                value += inLung * 0.12 * pow(rib, 6)
                // Spine and heart shadow (bright, over the mediastinum and the left lower lung).
                let spine = smoothStep(0.045, 0.025, abs(x - a.centreX)) * body
                value = max(value, spine * (a.tissue + 0.12))
                let hx = (x - a.centreX - 0.06) / (a.heartSize * a.scale * 1.2), hy = (y - a.centreY - 0.12) / (a.heartSize * a.scale)
                value = max(value, smoothStep(1.0, 0.7, hx * hx + hy * hy) * (a.tissue + 0.05))
                // Clavicles.
                for side: Float in [-1, 1] {
                    let cx = a.centreX + side * 0.17, cy = a.centreY - 0.33 + 0.05 * (x - cx) * side
                    if abs(x - cx) < 0.16 { value += 0.18 * smoothStep(0.02, 0.008, abs(y - cy)) }
                }
                // Lesions.
                var lesionPeak: Float = 0
                for l in lesions {
                    let dx = (x - l.x) / l.rx, dy = (y - l.y) / l.ry
                    let g = exp(-0.5 * (dx * dx + dy * dy) * 2.2)
                    value += l.strength * g * inLung
                    lesionPeak = max(lesionPeak, g * (inLung > 0.5 ? 1 : 0))
                }
                lesionMask[py * size + px] = lesionPeak > 0.5
                value = value * gain + offset + 0.03 * normal(&r)
                pixels[py * size + px] = max(0, min(1, value))
            }
        }
        return Image(pixels: pixels, lesionMask: lesionMask, lungMask: lungs, hasLesion: lesion)
    }
}

/// 0 at `edge0`, 1 at `edge1`, smooth in between (either order).
private func smoothStep(_ edge0: Float, _ edge1: Float, _ x: Float) -> Float {
    let t = max(0, min(1, (x - edge0) / (edge1 - edge0)))
    return t * t * (3 - 2 * t)
}

/// A standard normal draw (Box-Muller).
private func normal(_ r: inout CXRData.SplitMix64) -> Float {
    let u1 = max(r.uniform(0, 1), 1e-12), u2 = r.uniform(0, 1)
    return Float(sqrt(-2 * log(u1)) * cos(2 * Double.pi * u2))
}
