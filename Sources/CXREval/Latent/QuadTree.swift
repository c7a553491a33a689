import Foundation

/// A point-region quad tree over 2-D points for the Barnes-Hut approximation of t-SNE's
/// repulsive forces (as scikit-learn's `_quad_tree`): the root is the points' bounding box,
/// each cell splits at its centre into four, each leaf holds one point (points at identical
/// coordinates share a leaf), and every cell keeps its centre of mass and point count.
struct QuadTree {
    struct Cell {
        var minX: Double, minY: Double, maxX: Double, maxY: Double
        var centerX = 0.0, centerY = 0.0
        var count = 0
        /// Index of the first of four children, or -1 for a leaf.
        var firstChild = -1
        /// For leaves: the point stored there (its coordinates), when `count > 0`.
        var pointX = 0.0, pointY = 0.0
        /// `max(width, height)^2`.
        var squaredMaxWidth: Double { max((maxX - minX) * (maxX - minX), (maxY - minY) * (maxY - minY)) }
    }

    private(set) var cells: [Cell] = []

    /// Builds the tree of points `(y[2i], y[2i+1])`.
    init(_ y: [Double]) {
        let n = y.count / 2
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for i in 0..<n {
            minX = min(minX, y[2 * i]); maxX = max(maxX, y[2 * i])
            minY = min(minY, y[2 * i + 1]); maxY = max(maxY, y[2 * i + 1])
        }
        // A degenerate box gets a small width (scikit-learn: max >= min + 1e-6 per axis).
        maxX = max(maxX, minX + 1e-6); maxY = max(maxY, minY + 1e-6)
        cells.reserveCapacity(4 * n + 1)
        cells.append(Cell(minX: minX, minY: minY, maxX: maxX, maxY: maxY))
        for i in 0..<n { insert(y[2 * i], y[2 * i + 1]) }
    }

    private mutating func child(of cell: Int, x: Double, y: Double) -> Int {
        let c = cells[cell]
        let midX = (c.minX + c.maxX) / 2, midY = (c.minY + c.maxY) / 2
        return c.firstChild + (x >= midX ? 1 : 0) + (y >= midY ? 2 : 0)
    }

    private mutating func split(_ cell: Int) {
        let c = cells[cell]
        let midX = (c.minX + c.maxX) / 2, midY = (c.minY + c.maxY) / 2
        cells[cell].firstChild = cells.count
        cells.append(Cell(minX: c.minX, minY: c.minY, maxX: midX, maxY: midY))
        cells.append(Cell(minX: midX, minY: c.minY, maxX: c.maxX, maxY: midY))
        cells.append(Cell(minX: c.minX, minY: midY, maxX: midX, maxY: c.maxY))
        cells.append(Cell(minX: midX, minY: midY, maxX: c.maxX, maxY: c.maxY))
    }

    private mutating func insert(_ x: Double, _ y: Double) {
        var cell = 0
        var depth = 0
        while true {
            let c = cells[cell]
            if c.firstChild < 0 {
                // Empty leaf, or a leaf holding this very point (or too deep to split further).
                if c.count == 0 || (c.pointX == x && c.pointY == y) || depth > 64 {
                    if c.count == 0 { cells[cell].pointX = x; cells[cell].pointY = y }
                    add(cell, x, y)
                    return
                }
                // Split: the stored point moves down into its child.
                split(cell)
                let moved = child(of: cell, x: c.pointX, y: c.pointY)
                cells[moved].pointX = c.pointX; cells[moved].pointY = c.pointY
                cells[moved].count = c.count
                cells[moved].centerX = c.centerX; cells[moved].centerY = c.centerY
            }
            add(cell, x, y)
            cell = child(of: cell, x: x, y: y)
            depth += 1
        }
    }

    private mutating func add(_ cell: Int, _ x: Double, _ y: Double) {
        let n = Double(cells[cell].count)
        cells[cell].centerX = (cells[cell].centerX * n + x) / (n + 1)
        cells[cell].centerY = (cells[cell].centerY * n + y) / (n + 1)
        cells[cell].count += 1
    }

    /// Barnes-Hut sums of the Student-t kernel `w = 1 / (1 + d^2)` around point `(x, y)`:
    /// `sum_j w_j` and `sum_j w_j^2 (p - y_j)`, where a cell counts as one body at its centre of
    /// mass (weighted by its count) when it is a leaf or `maxWidth^2 / d^2 < theta^2`. The leaf
    /// at the point's own coordinates is skipped (no self-interaction).
    func repulsion(x: Double, y: Double, squaredTheta: Double) -> (sumQ: Double, forceX: Double, forceY: Double) {
        var sumQ = 0.0, fx = 0.0, fy = 0.0
        var stack: [Int] = [0]
        stack.reserveCapacity(64)
        while let index = stack.popLast() {
            let c = cells[index]
            if c.count == 0 { continue }
            let dx = x - c.centerX, dy = y - c.centerY
            let d2 = dx * dx + dy * dy
            if c.firstChild < 0 {
                if c.pointX == x && c.pointY == y { continue }
            } else if !(c.squaredMaxWidth / d2 < squaredTheta) {
                for k in 0..<4 { stack.append(c.firstChild + k) }
                continue
            }
            let q = 1 / (1 + d2)
            let size = Double(c.count)
            sumQ += size * q
            let m = size * q * q
            fx += m * dx; fy += m * dy
        }
        return (sumQ, fx, fy)
    }
}
