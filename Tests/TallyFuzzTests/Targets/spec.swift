import Foundation

/// libFuzzer's entry point for the `spec` target (see `scripts/fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = FuzzEntries.spec(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
