import CXRTensor
import CXRTestSupport
import XCTest

/// Convolution gradients at real network sizes against a direct double-precision reference
/// (sizes too large for committed PyTorch fixtures).
final class ConvolutionReferenceTests: XCTestCase {
    /// Naive convolution forward and both gradients in Double.
    func reference(x: Tensor, w: Tensor, g: Tensor, geometry: ConvolutionGeometry) -> (y: [Double], dx: [Double], dw: [Double]) {
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (o, cg, k) = (w.shape[0], w.shape[1], w.shape[2])
        let (oh, ow) = (g.shape[2], g.shape[3])
        let og = o / geometry.groups
        var y = [Double](repeating: 0, count: g.count), dx = [Double](repeating: 0, count: x.count), dw = [Double](repeating: 0, count: w.count)
        for b in 0..<n { for oc in 0..<o {
            let group = oc / og
            for i in 0..<oh { for j in 0..<ow {
                let yi = ((b * o + oc) * oh + i) * ow + j
                let gv = Double(g.pointer[yi])
                for ic in 0..<cg { for ki in 0..<k { for kj in 0..<k {
                    let r = i * geometry.stride.0 - geometry.padding.0 + ki * geometry.dilation.0
                    let s = j * geometry.stride.1 - geometry.padding.1 + kj * geometry.dilation.1
                    guard r >= 0, r < h, s >= 0, s < wd else { continue }
                    let xi = ((b * c + group * cg + ic) * h + r) * wd + s
                    let wi = ((oc * cg + ic) * k + ki) * k + kj
                    y[yi] += Double(x.pointer[xi]) * Double(w.pointer[wi])
                    dx[xi] += gv * Double(w.pointer[wi])
                    dw[wi] += gv * Double(x.pointer[xi])
                }}}
            }}
        }}
        return (y, dx, dw)
    }

    func check(n: Int, c: Int, size: Int, o: Int, k: Int, stride: Int, padding: Int, groups: Int) {
        var generator = SeededGenerator(seed: 5)
        let geometry = ConvolutionGeometry(stride: stride, padding: padding, groups: groups)
        let x = Tensor.normal([n, c, size, size], standardDeviation: 1, generator: &generator)
        x.requiresGrad = true
        let w = Tensor.normal([o, c / groups, k, k], standardDeviation: 0.1, generator: &generator)
        w.requiresGrad = true
        let y = conv2d(x, weight: w, geometry: geometry)
        let g = Tensor.normal(y.shape, standardDeviation: 1, generator: &generator)
        y.backward(g)
        let expected = reference(x: x, w: w, g: g, geometry: geometry)
        let label = "conv \(c)->\(o) k\(k) s\(stride) g\(groups) at \(size)"
        for (name, observed, exact) in [("y", y.scalars, expected.y), ("dx", x.grad!.scalars, expected.dx), ("dw", w.grad!.scalars, expected.dw)] {
            let error = l2RelativeError(observed, exact.map { Float($0) })
            XCTAssertLessThan(error, 1e-5, "\(label) \(name): relative error \(error)")
        }
    }

    func testPointwiseAtMobileNetHeadSize() { check(n: 2, c: 320, size: 7, o: 128, k: 1, stride: 1, padding: 0, groups: 1) }
    func testDepthwiseAtMobileNetSize() { check(n: 2, c: 96, size: 28, o: 96, k: 3, stride: 1, padding: 1, groups: 96) }
    func testStridedDepthwise() { check(n: 2, c: 144, size: 28, o: 144, k: 3, stride: 2, padding: 1, groups: 144) }
    func testStemAtFullResolution() { check(n: 1, c: 3, size: 64, o: 32, k: 3, stride: 2, padding: 1, groups: 1) }
}
