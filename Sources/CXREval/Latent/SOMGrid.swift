import Foundation

/// How neurons of a self-organizing map are laid out.
public enum SOMTopology: String, CaseIterable, Codable, Sendable {
    /// A square lattice: neuron `(row r, column c)` sits at `(c, r)`.
    case rectangular
    /// Offset rows (MiniSom's hexagonal layout): neuron `(r, c)` sits at
    /// `(c - 0.5 * shifted(r), r * sqrt(3) / 2)` where rows `R - 1, R - 3, ...` are shifted,
    /// so each neuron has six neighbours at distance 1.
    case hexagonal
}

/// The lattice of a self-organizing map: `rows x columns` neurons, numbered row-major
/// (`index = r * columns + c`).
///
/// Correspondence with MiniSom: `MiniSom(x: columns, y: rows)`, and MiniSom's `weights[i, j]`
/// is neuron `(row j, column i)` here.
public struct SOMGrid: Codable, Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    public let topology: SOMTopology

    public init(rows: Int, columns: Int, topology: SOMTopology = .rectangular) throws {
        guard rows >= 1, columns >= 1 else { throw LatentError.invalidInput("a SOM grid needs at least one row and one column, got \(rows) x \(columns)") }
        guard rows * columns >= 2 else { throw LatentError.invalidInput("a SOM needs at least two neurons") }
        self.rows = rows; self.columns = columns; self.topology = topology
    }

    /// Neuron count.
    public var count: Int { rows * columns }

    /// Side of the square map holding about `5 sqrt(N)` neurons for `N` samples (the usual rule
    /// of thumb, e.g. in MiniSom's documentation): `ceil(sqrt(5 sqrt(N)))`, at least 2.
    public static func defaultSide(samples: Int) -> Int {
        max(2, Int((5 * Double(max(samples, 1)).squareRoot()).squareRoot().rounded(.up)))
    }

    /// MiniSom's `Y_HEX_CONV_FACTOR = (3/2) / sqrt(3) = sqrt(3)/2`.
    public static let hexRowHeight = 1.5 / 3.0.squareRoot()

    public func row(_ neuron: Int) -> Int { neuron / columns }
    public func column(_ neuron: Int) -> Int { neuron % columns }

    /// Whether row `r` is shifted half a cell to the left (hexagonal only).
    public func isShifted(row r: Int) -> Bool { topology == .hexagonal && (rows - 1 - r) % 2 == 0 }

    /// Position of a neuron in the plane (the coordinates neighbourhoods and the hexagonal
    /// topographic error measure distances in).
    public func position(_ neuron: Int) -> (x: Double, y: Double) {
        let r = row(neuron), c = column(neuron)
        switch topology {
        case .rectangular: return (Double(c), Double(r))
        case .hexagonal: return (Double(c) - (isShifted(row: r) ? 0.5 : 0), Double(r) * SOMGrid.hexRowHeight)
        }
    }

    /// Adjacent neurons: the 8 surrounding cells (rectangular) or the 6 cells at distance 1
    /// (hexagonal), those inside the map.
    public func neighbours(_ neuron: Int) -> [Int] {
        let r = row(neuron), c = column(neuron)
        var out: [Int] = []
        for dr in -1...1 {
            for dc in -1...1 where !(dr == 0 && dc == 0) {
                let rr = r + dr, cc = c + dc
                guard rr >= 0, rr < rows, cc >= 0, cc < columns else { continue }
                let other = rr * columns + cc
                if topology == .hexagonal {
                    let a = position(neuron), b = position(other)
                    let d = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                    guard abs(d - 1) < 1e-9 else { continue }
                }
                out.append(other)
            }
        }
        return out
    }
}
