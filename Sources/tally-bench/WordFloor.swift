import Foundation

/// The floor extraction is measured against: split UTF-8 bytes into words
/// (ASCII letters and digits, and every non-ASCII byte, which in these
/// pages is a Vietnamese letter) and look each lowercased word up in a hash
/// table of a few hundred words. No reader of numbers can be faster than
/// this, so `extract / floor` says how much of the time is Tally's rules.
struct WordFloor {
    /// Open addressing, power-of-two slots: (hash, offset, length) into `bytes`.
    private var slots: [(hash: UInt64, offset: Int, length: Int)]
    private var bytes: [UInt8] = []
    private let mask: Int

    init(words: [String] = WordFloor.vocabulary) {
        var size = 1
        while size < words.count * 4 { size <<= 1 }
        mask = size - 1
        slots = Array(repeating: (0, 0, 0), count: size)
        for w in words {
            let b = Array(w.lowercased().utf8)
            let h = Self.hash(b[...])
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i].length != 0 { i = (i + 1) & mask }
            slots[i] = (h, bytes.count, b.count)
            bytes += b
        }
    }

    @inline(__always) static func hash(_ b: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01B3 }
        return h
    }

    /// Words seen and words found in the table: one pass over the bytes,
    /// the word lowercased into a fixed buffer and hashed as it grows.
    func scan(_ text: UnsafeRawBufferPointer) -> (words: Int, hits: Int) {
        var words = 0, hits = 0
        return bytes.withUnsafeBufferPointer { table in
            slots.withUnsafeBufferPointer { slots in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { word in
                    var n = 0
                    var h: UInt64 = 0xCBF2_9CE4_8422_2325
                    for i in 0...text.count {
                        var b: UInt8 = i < text.count ? text[i] : 0x20
                        let lower = b | 0x20
                        if b >= 0x80 || (b >= 0x30 && b <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
                            if b < 0x80 { b = b >= 0x41 && b <= 0x5A ? lower : b }
                            if n < 256 { word[n] = b; n += 1 }
                            h = (h ^ UInt64(b)) &* 0x100_0000_01B3
                            continue
                        }
                        guard n > 0 else { continue }
                        words += 1
                        var slot = Int(truncatingIfNeeded: h) & mask
                        while slots[slot].length != 0 {
                            let s = slots[slot]
                            if s.hash == h, s.length == n, memcmp(table.baseAddress! + s.offset, word.baseAddress!, n) == 0 {
                                hits += 1
                                break
                            }
                            slot = (slot + 1) & mask
                        }
                        n = 0
                        h = 0xCBF2_9CE4_8422_2325
                    }
                    return (words, hits)
                }
            }
        }
    }

    /// A few hundred words of the kind Tally's rules look for, in both
    /// languages: numbers, scales, currencies, units, categories, periods and
    /// hedges. Written for the bench, not copied from Tally's tables.
    static let vocabulary: [String] = """
        one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
        million billion trillion dozen dozens half quarter percent per cent nearly almost about around approximately
        over under more less than least most some roughly up to between from and or to by of the a an in on at
        for with new total totals worth cost costs costing invest invested investment investments fund funds funding
        budget capital loan loans grant grants dong vnd usd dollar dollars us euro euros yen yuan bed beds ward wards
        hospital hospitals clinic clinics centre center centres centers station stations department departments
        doctor doctors nurse nurses midwife midwives pharmacist pharmacists staff workers worker employee employees
        physician physicians surgeon surgeons specialist specialists technician technicians volunteer volunteers
        patient patients case cases visit visits examination examinations admission admissions outpatient inpatient
        surgery surgeries operation operations birth births death deaths vaccine vaccines vaccination dose doses
        train trained training trainee trainees course courses class classes student students graduate graduates
        scholarship scholarships intern interns residency exam plan plans planned expect expected target targets
        aim aims build built building upgrade upgraded upgrading expand expanded expansion open opened opening
        year years month months week weeks day days quarter quarters annual annually daily monthly weekly first
        second third fourth last next this previous january february march april may june july august september
        october november december province provincial district districts commune communes city town village
        general central regional national public private health medical care emergency intensive maternity
        paediatric pediatric children obstetrics cardiology oncology dialysis laboratory equipment machine machines
        ventilator ventilators ambulance ambulances oxygen system systems project projects programme programs phase
        read more related news photo video source reporter
        một hai ba bốn năm sáu bảy tám chín mười mươi mốt lăm tư trăm nghìn ngàn vạn triệu tỷ tỉ chục
        khoảng gần hơn trên dưới tới đến từ và hoặc với của các những cho tại trong ngoài mỗi mọi tổng cộng
        đồng usd đô la vốn đầu tư kinh phí ngân sách tài trợ giường bệnh viện khoa phòng trung tâm trạm y tế
        bác sĩ điều dưỡng hộ sinh dược sĩ cán bộ nhân viên nhân lực lượt khám chữa ca mổ phẫu thuật
        sinh tử vong tiêm chủng vắc xin liều đào tạo học viên sinh viên khóa lớp tập huấn tốt nghiệp
        kế hoạch dự kiến mục tiêu xây dựng nâng cấp mở rộng khánh thành đưa vào sử dụng hoạt động
        quý tháng tuần ngày đầu cuối nửa giai đoạn hiện nay tỉnh huyện xã thành phố thị xã đa khoa sản nhi
        cấp cứu hồi sức tim mạch ung bướu lọc máu xét nghiệm thiết bị máy thở xe cứu thương dự án chương trình
        đọc thêm tin liên quan ảnh nguồn phóng viên
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
