import Foundation
@testable import CXREval

/// Readers for the latent-space fixtures written by scripts/make_latent_fixtures.py.
enum LatentFixtures {
    static func matrix(_ v: Any?) -> Matrix { Matrix((v as! [[Any]]).map { $0.map { Fixtures.double($0)! } }) }
    static var som: [String: Any] { Fixtures.load("latent_som.json") }
    static var tsne: [String: Any] { Fixtures.load("latent_tsne.json") }
    static var trust: [String: Any] { Fixtures.load("latent_trust.json") }
}

/// Largest absolute difference of two equally long arrays.
func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "\(a.count) vs \(b.count) values")
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}
