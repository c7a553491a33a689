import Foundation

/// An axis-aligned box in pixel coordinates covering `[x, x + width) x [y, y + height)`;
/// pixel `(i, j)` covers `[i, i + 1) x [j, j + 1)`.
public struct PixelBox: Sendable, Equatable, Hashable, Codable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    /// `width * height` (0 for an empty or inverted box).
    public var area: Double { max(width, 0) * max(height, 0) }

    /// Area of the overlap with `other`.
    public func intersectionArea(_ other: PixelBox) -> Double {
        let w = min(x + width, other.x + other.width) - max(x, other.x)
        let h = min(y + height, other.y + other.height) - max(y, other.y)
        return max(w, 0) * max(h, 0)
    }

    /// Intersection over union with `other`; 0 when both are empty.
    public func intersectionOverUnion(_ other: PixelBox) -> Double {
        let i = intersectionArea(other), u = area + other.area - i
        return u > 0 ? i / u : 0
    }

    /// Whether the point `(px, py)` lies in the box (left/top edges in, right/bottom out).
    public func contains(x px: Double, y py: Double) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }

    /// The box scaled by `sx` horizontally and `sy` vertically (from one image size to another).
    public func scaled(x sx: Double, y sy: Double) -> PixelBox {
        PixelBox(x: x * sx, y: y * sy, width: width * sx, height: height * sy)
    }
}

/// A heat map's box at one threshold, scored against a ground-truth box.
public struct BoxLocalization: Sendable, Equatable, Codable {
    /// The fraction `T` of the map's maximum that pixels must reach.
    public var threshold: Float
    /// Bounding box of the largest connected region of `value >= T * max`; nil when the map
    /// has no positive value (nothing is localised).
    public var predictedBox: PixelBox?
    /// Intersection over union (0 without a predicted box).
    public var intersectionOverUnion: Double
    /// IoBB of Wang et al. (ChestX-ray8, CVPR 2017): intersection over the *detected* box's
    /// area (0 without a predicted box).
    public var intersectionOverDetected: Double
    /// Intersection over the *ground-truth* box's area: the fraction of the finding covered
    /// (0 without a predicted box).
    public var intersectionOverTruth: Double

    public init(threshold: Float, predictedBox: PixelBox?, intersectionOverUnion: Double, intersectionOverDetected: Double,
                intersectionOverTruth: Double) {
        self.threshold = threshold; self.predictedBox = predictedBox; self.intersectionOverUnion = intersectionOverUnion
        self.intersectionOverDetected = intersectionOverDetected; self.intersectionOverTruth = intersectionOverTruth
    }

    private enum CodingKeys: String, CodingKey {
        case threshold, predictedBox, intersectionOverUnion, intersectionOverDetected, intersectionOverTruth
    }

    /// Encodes every field, a missing predicted box as `null` (not left out).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(predictedBox, forKey: .predictedBox)
        try c.encode(intersectionOverUnion, forKey: .intersectionOverUnion)
        try c.encode(intersectionOverDetected, forKey: .intersectionOverDetected)
        try c.encode(intersectionOverTruth, forKey: .intersectionOverTruth)
    }
}

/// Localisation scores of heat maps against boxes and masks. Nothing here is fitted to the
/// ground truth: thresholds are fixed fractions of each map's own maximum.
///
/// Box rule (as Wang et al. 2017 generate boxes from heat maps): pixels with
/// `value >= T * max(map)` form 8-connected regions; the predicted box is the bounding box of
/// the largest region (most pixels; ties: the region met first in row-major order).
public enum Localization {
    /// The fractions of the maximum at which maps are thresholded.
    public static let thresholds: [Float] = [0.1, 0.25, 0.5, 0.75, 0.9]
    /// Overlap levels at which a localisation counts as correct.
    public static let overlapLevels: [Double] = [0.1, 0.25, 0.5]

    /// The 8-connected regions of `value >= threshold * max`, as (bounding box, pixel count),
    /// largest first (ties in row-major order of their first pixel). Empty when the map's
    /// maximum is not positive.
    public static func regions(_ map: HeatMap, threshold: Float) -> [(box: PixelBox, pixels: Int)] {
        let peak = map.maximum
        guard peak > 0, peak.isFinite else { return [] }
        let cut = threshold * peak
        let w = map.width, h = map.height
        var label = [Int32](repeating: -1, count: w * h)
        var found: [(box: PixelBox, pixels: Int)] = []
        var stack: [Int] = []
        for start in 0..<(w * h) where label[start] < 0 && map.values[start] >= cut {
            let id = Int32(found.count)
            label[start] = id
            stack.append(start)
            var count = 0, x0 = w, x1 = -1, y0 = h, y1 = -1
            while let p = stack.popLast() {
                count += 1
                let px = p % w, py = p / w
                x0 = min(x0, px); x1 = max(x1, px); y0 = min(y0, py); y1 = max(y1, py)
                for dy in -1...1 {
                    let ny = py + dy
                    guard ny >= 0, ny < h else { continue }
                    for dx in -1...1 {
                        let nx = px + dx
                        guard nx >= 0, nx < w else { continue }
                        let q = ny * w + nx
                        if label[q] < 0 && map.values[q] >= cut {
                            label[q] = id
                            stack.append(q)
                        }
                    }
                }
            }
            found.append((PixelBox(x: Double(x0), y: Double(y0), width: Double(x1 - x0 + 1), height: Double(y1 - y0 + 1)), count))
        }
        // Stable sort: equal sizes keep their row-major order.
        return found.enumerated().sorted { ($0.element.pixels, -$0.offset) > ($1.element.pixels, -$1.offset) }.map(\.element)
    }

    /// The predicted box at `threshold`: the largest region's bounding box (nil for a map
    /// without a positive value).
    public static func predictedBox(_ map: HeatMap, threshold: Float) -> PixelBox? {
        regions(map, threshold: threshold).first?.box
    }

    /// The map's box at `threshold` scored against `truth` (both in the map's pixel frame).
    public static func score(_ map: HeatMap, truth: PixelBox, threshold: Float) -> BoxLocalization {
        guard let box = predictedBox(map, threshold: threshold) else {
            return BoxLocalization(threshold: threshold, predictedBox: nil, intersectionOverUnion: 0,
                                   intersectionOverDetected: 0, intersectionOverTruth: 0)
        }
        let i = box.intersectionArea(truth)
        return BoxLocalization(threshold: threshold, predictedBox: box, intersectionOverUnion: box.intersectionOverUnion(truth),
                               intersectionOverDetected: box.area > 0 ? i / box.area : 0,
                               intersectionOverTruth: truth.area > 0 ? i / truth.area : 0)
    }

    /// Pointing game (Zhang et al. 2016, without tolerance): whether the centre of the map's
    /// maximum pixel (the first in row-major order) lies in `truth`. A map without a positive
    /// value points nowhere: a miss.
    public static func pointingHit(_ map: HeatMap, truth: PixelBox) -> Bool {
        guard map.maximum > 0 else { return false }
        let peak = map.argmax
        return truth.contains(x: Double(peak.x) + 0.5, y: Double(peak.y) + 0.5)
    }

    /// Fraction of the map's energy inside `mask` (same size, row-major):
    /// `sum(max(v, 0) * mask) / sum(max(v, 0))`. Nil when the map has no positive value (no
    /// energy to place); compare with `areaFraction(mask)`, the value of a uniform map.
    public static func energyFraction(_ map: HeatMap, mask: [Bool]) -> Double? {
        precondition(mask.count == map.values.count, "mask has \(mask.count) pixels, the map \(map.values.count)")
        var inside = 0.0, total = 0.0
        for (v, m) in zip(map.values, mask) where v > 0 {
            total += Double(v)
            if m { inside += Double(v) }
        }
        return total > 0 ? inside / total : nil
    }

    /// Fraction of pixels inside `mask`: the energy fraction of a map spread evenly (chance).
    public static func areaFraction(_ mask: [Bool]) -> Double {
        mask.isEmpty ? 0 : Double(mask.lazy.filter { $0 }.count) / Double(mask.count)
    }
}

/// Box localisation of one class over many (image, box) cases.
public struct BoxLocalizationSummary: Sendable, Codable, Equatable {
    /// Scores at one threshold `T`.
    public struct AtThreshold: Sendable, Codable, Equatable {
        public var threshold: Float
        public var meanIntersectionOverUnion: Double
        public var meanIntersectionOverDetected: Double
        public var meanIntersectionOverTruth: Double
        /// Fraction of cases with IoU >= each of `Localization.overlapLevels`.
        public var accuracyIntersectionOverUnion: [Double]
        /// Fraction of cases with IoBB (intersection over detected) >= each level.
        public var accuracyIntersectionOverDetected: [Double]
    }

    /// Number of (image, box) cases.
    public var cases: Int
    /// Cases whose map had no positive value (scored 0 and as misses).
    public var emptyMaps: Int
    public var overlapLevels: [Double]
    public var thresholds: [AtThreshold]
    /// Fraction of cases whose map's maximum lies in the box.
    public var pointingHitRate: Double

    /// Summarises `scores[case][t]` (one entry per threshold, in the same order for every
    /// case) and the pointing-game `hits[case]`.
    public init(scores: [[BoxLocalization]], hits: [Bool], overlapLevels: [Double] = Localization.overlapLevels) {
        precondition(scores.count == hits.count, "one pointing result per case")
        cases = scores.count
        emptyMaps = scores.filter { $0.first?.predictedBox == nil }.count
        self.overlapLevels = overlapLevels
        pointingHitRate = hits.isEmpty ? 0 : Double(hits.filter { $0 }.count) / Double(hits.count)
        let n = Double(max(scores.count, 1))
        let columns = scores.first?.count ?? 0
        thresholds = (0..<columns).map { t in
            let column = scores.map { $0[t] }
            func mean(_ f: (BoxLocalization) -> Double) -> Double { column.reduce(0) { $0 + f($1) } / n }
            func rate(_ f: (BoxLocalization) -> Double, _ level: Double) -> Double { Double(column.filter { f($0) >= level }.count) / n }
            return AtThreshold(threshold: column[0].threshold,
                               meanIntersectionOverUnion: mean(\.intersectionOverUnion),
                               meanIntersectionOverDetected: mean(\.intersectionOverDetected),
                               meanIntersectionOverTruth: mean(\.intersectionOverTruth),
                               accuracyIntersectionOverUnion: overlapLevels.map { rate(\.intersectionOverUnion, $0) },
                               accuracyIntersectionOverDetected: overlapLevels.map { rate(\.intersectionOverDetected, $0) })
        }
    }
}

/// Where a class's heat maps put their energy relative to lung masks, over many images.
public struct MaskEnergySummary: Sendable, Codable, Equatable {
    /// Images whose map had energy (the others are counted in `emptyMaps`).
    public var images: Int
    public var emptyMaps: Int
    /// Mean and sample standard deviation of the energy fraction inside the mask.
    public var meanEnergyFraction: Double
    public var standardDeviationEnergyFraction: Double
    /// Mean fraction of the image the mask covers: the energy fraction of a uniform map.
    public var meanAreaFraction: Double

    /// Summarises per-image `energy` fractions (nil for maps without energy) and mask
    /// `area` fractions (means over the images with energy).
    public init(energy: [Double?], area: [Double]) {
        precondition(energy.count == area.count, "one area fraction per image")
        let pairs = zip(energy, area).compactMap { e, a in e.map { ($0, a) } }
        images = pairs.count
        emptyMaps = energy.count - pairs.count
        let n = Double(max(pairs.count, 1))
        let mean = pairs.reduce(0) { $0 + $1.0 } / n
        meanEnergyFraction = mean
        meanAreaFraction = pairs.reduce(0) { $0 + $1.1 } / n
        let variance = pairs.count > 1 ? pairs.reduce(0) { $0 + pow($1.0 - mean, 2) } / Double(pairs.count - 1) : 0
        standardDeviationEnergyFraction = variance.squareRoot()
    }
}
