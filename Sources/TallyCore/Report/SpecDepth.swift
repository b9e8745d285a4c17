internal import CYaml

/// Refuses a spec nested too deeply before the YAML composer sees it.
///
/// Yams composes the node tree by recursion, one stack frame per level: a
/// document a few thousand levels deep (`where: {not: {not: …}}`, or
/// `[[[[…` under any key, even an unknown one) overflows the stack and the
/// process dies of SIGSEGV, with no message. No real spec needs more than a
/// dozen levels, so the depth is measured first, and a document deeper
/// than `limit` is refused at the place where it passes it.
///
/// The depth is counted from libyaml's own events (a mapping or sequence
/// starts, or ends), read with the same parser Yams composes from: that
/// parser keeps its state on the heap, not the stack, and its events are
/// exactly the levels the composer recurses through. An estimate from the
/// text (brackets outside quotes, indentation) could be misled: a fuzzed
/// spec where `ntgt:'` opened a quote for the estimate, but not for YAML,
/// hid 2,000 brackets from it and overflowed the stack under
/// AddressSanitizer. A document libyaml cannot parse is left to the
/// composer, which reports the YAML error at its place.
///
/// CYaml is Yams's C target, imported here for its event parser alone
/// (Yams keeps events internal); it adds no code to the build.
enum SpecDepth {
    static let limit = 100

    static func check(_ yaml: String, path: String, what: String = "the spec") throws {
        var yaml = yaml
        yaml.makeContiguousUTF8()
        let deepest: (line: Int, column: Int)? = yaml.utf8.withContiguousStorageIfAvailable { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var depth = 0
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    depth += 1
                    if depth > limit { return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
            return nil
        } ?? nil
        guard let (line, column) = deepest else { return }
        // As `Reader` splits them: by "\n" alone, so a CRLF file has its lines too.
        let lines = yaml.components(separatedBy: "\n")
        let text = line - 1 < lines.count ? String(lines[line - 1]).replacingOccurrences(of: "\r", with: "") : nil
        throw SpecError(path: path, line: line, column: column,
                        message: "\(what) \(what.hasSuffix("s") ? "are" : "is") nested more than \(limit) levels deep",
                        lineText: text)
    }
}
