import TallyCore

/// The rows of a sheet, made on demand: `count` rows, row `i` from
/// `row(i)`. A sheet of a million rows need not then be held in memory
/// before libxlsxwriter streams it to disk. The XLSX writer reads a source
/// twice, once to fit the column widths and once to write.
///
/// A concrete type rather than a generic collection, so the writer's loops
/// are compiled once for every caller (a generic public entry point runs
/// unspecialised from another module, through metadata look-ups per row).
public struct RowSource {
    public let count: Int
    public let row: (Int) -> Table.Row

    public init(count: Int, row: @escaping (Int) -> Table.Row) {
        self.count = count
        self.row = row
    }

    public init(_ rows: [Table.Row]) {
        self.init(count: rows.count) { rows[$0] }
    }
}
