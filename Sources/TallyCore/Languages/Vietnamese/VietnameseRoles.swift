extension RoleWords {
    /// "trong đó", "vốn đối ứng", "tổng mức đầu tư", "tương đương".
    public static let vietnamese = RoleWords(
        parts: ["ngân sách trung ương", "ngân sách địa phương", "ngân sách tỉnh",
                "vốn oda", "oda", "vốn vay", "vay", "vốn đối ứng", "đối ứng", "chi phí xây lắp", "xây lắp",
                "chi phí thiết bị", "thiết bị", "vốn viện trợ", "viện trợ", "vốn xã hội hóa", "xã hội hóa"],
        phases: ["giai đoạn 1", "giai đoạn 2", "giai đoạn 3", "giai đoạn i", "giai đoạn ii", "giai đoạn iii",
                 "giai đoạn một", "giai đoạn hai"],
        partOpeners: ["trong đó", "trong tổng số", "bao gồm", "gồm"],
        totals: ["tổng", "tổng mức", "tổng mức đầu tư", "tổng vốn", "tổng cộng", "tổng kinh phí"],
        neither: ["tăng thêm", "tăng", "bổ sung", "giải ngân", "đã chi", "tiết kiệm", "nộp", "ban đầu",
                  "giá trị thực hiện"],
        conversions: ["tương đương", "tương đương với", "tức", "tức là", "hay", "quy đổi", "khoảng", "gần",
                      "hơn", "trên"])
}
