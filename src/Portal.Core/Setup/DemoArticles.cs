namespace Portal.Core.Setup;

/// <summary>Published sample news of the two demo units, written as their boards would write them.</summary>
public static class DemoArticles
{
    public sealed record DemoArticle(string Section, string Field, string Title, string Summary, params string[] Paragraphs);

    public static readonly DemoArticle[] Commune =
    [
        new("Tin hoạt động", "kinh-te-xa-hoi", "Xã Đắk Plô tổ chức Hội nghị sơ kết công tác 9 tháng đầu năm 2026",
            "Sáng 05/10/2026, UBND xã Đắk Plô tổ chức Hội nghị sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2026.",
            "Dự hội nghị có đại diện lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã, các ban, ngành, đoàn thể và trưởng các thôn trên địa bàn.",
            "Trong 9 tháng, tổng diện tích gieo trồng trên địa bàn xã đạt 1.245 ha, đạt 98% kế hoạch; 100% hộ dân được tuyên truyền về phòng, chống cháy rừng; thu ngân sách đạt 82% dự toán.",
            "Phát biểu kết luận, đồng chí Chủ tịch UBND xã đề nghị các thôn tập trung thu hoạch vụ mùa, đẩy mạnh cải cách hành chính và chuẩn bị tốt các điều kiện đón Tết Nguyên đán."),
        new("Giáo dục", "giao-duc", "Trường Tiểu học Đắk Plô khai giảng năm học mới 2026 - 2027",
            "Ngày 05/9/2026, hơn 420 học sinh Trường Tiểu học Đắk Plô hân hoan bước vào năm học mới trong niềm vui của thầy cô, cha mẹ học sinh.",
            "Năm học 2026 - 2027, nhà trường có 16 lớp với 423 học sinh, trong đó 89 em lớp 1; 100% học sinh là người dân tộc thiểu số được hỗ trợ sách giáo khoa và đồ dùng học tập.",
            "Nhân dịp này, nhà trường trao 30 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."),
        new("Y tế", "y-te", "Trạm Y tế xã triển khai tiêm chủng vắc xin sởi - rubella cho trẻ em",
            "Từ ngày 12/10 đến 16/10/2026, Trạm Y tế xã Đắk Plô tổ chức tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại các điểm tiêm ở thôn.",
            "Phụ huynh mang theo sổ tiêm chủng hoặc giấy tờ có liên quan; trẻ đang sốt hoặc mắc bệnh cấp tính sẽ được hẹn tiêm sau.",
            "Mọi thắc mắc xin liên hệ Trạm Y tế xã qua số điện thoại 0260 3 820 456 trong giờ hành chính."),
        new("Đoàn thanh niên - Đội", "thanh-nien", "Đoàn xã ra quân Ngày Chủ nhật xanh làm sạch đường thôn",
            "Hưởng ứng phong trào \"Ngày Chủ nhật xanh\", sáng 19/10/2026, hơn 60 đoàn viên thanh niên xã Đắk Plô đã ra quân dọn vệ sinh, phát quang tuyến đường liên thôn.",
            "Các đoàn viên đã thu gom rác thải, phát quang bụi rậm trên chiều dài gần 3 km và trồng 200 cây xanh dọc hai bên đường.",
            "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường trong Nhân dân và xây dựng cảnh quan nông thôn mới."),
        new("Đảng - Mặt trận - Đoàn thể", "dang-doan-the", "Ủy ban MTTQ xã trao nhà Đại đoàn kết cho hộ nghèo thôn Đắk Ung",
            "Ngày 26/10/2026, Ủy ban MTTQ Việt Nam xã Đắk Plô tổ chức bàn giao nhà Đại đoàn kết cho gia đình bà Y Hoa, hộ nghèo thôn Đắk Ung.",
            "Ngôi nhà có diện tích 60 m², tổng trị giá 80.000.000 đồng, trong đó Quỹ Vì người nghèo hỗ trợ 50.000.000 đồng, phần còn lại do gia đình và bà con trong thôn góp công, góp vật liệu."),
        new("Kinh tế - Xã hội", "kinh-te-xa-hoi", "Thông báo lịch tiếp công dân tháng 11/2026",
            "UBND xã Đắk Plô thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã trong tháng 11/2026.",
            "Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm các ngày 05/11 và 19/11/2026 tại Phòng tiếp công dân, Trụ sở UBND xã.",
            "Công dân đến làm việc mang theo căn cước công dân và các giấy tờ liên quan đến nội dung kiến nghị, phản ánh."),
    ];

    public static readonly DemoArticle[] School =
    [
        new("Hoạt động nhà trường", "chuyen-mon", "Trường Tiểu học số 1 Mường Mươn tổ chức Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
            "Từ ngày 02/11 đến 13/11/2026, nhà trường tổ chức Hội giảng với 18 tiết dạy của giáo viên ở tất cả các khối lớp.",
            "Các tiết dạy được đầu tư công phu, vận dụng linh hoạt phương pháp dạy học tích cực và ứng dụng công nghệ thông tin theo Chương trình giáo dục phổ thông 2018.",
            "Kết quả, 12 tiết dạy được xếp loại Tốt, 6 tiết xếp loại Khá; nhà trường chọn 4 giáo viên tham gia Hội thi giáo viên dạy giỏi cấp huyện."),
        new("Đội - Sao nhi đồng", "doi-sao-nhi-dong", "Liên đội phát động phong trào \"Kế hoạch nhỏ\" năm học 2026 - 2027",
            "Liên đội Trường Tiểu học số 1 Mường Mươn phát động phong trào thu gom giấy vụn, vỏ chai nhựa gây quỹ giúp bạn nghèo vượt khó.",
            "Mỗi chi đội phấn đấu thu gom ít nhất 50 kg giấy vụn trong học kỳ I; số tiền gây quỹ được dùng mua áo ấm, sách vở cho các bạn học sinh bán trú."),
        new("Tuyển sinh", "tuyen-sinh-cong-khai", "Thông báo kế hoạch tuyển sinh lớp 1 năm học 2027 - 2028",
            "Nhà trường thông báo kế hoạch tuyển sinh vào lớp 1 đối với trẻ sinh năm 2021 cư trú tại các bản thuộc địa bàn tuyển sinh của trường.",
            "Thời gian nhận hồ sơ từ ngày 01/7 đến 15/7/2027 tại văn phòng nhà trường, trong giờ hành chính.",
            "Hồ sơ gồm đơn xin học theo mẫu, bản sao giấy khai sinh và giấy xác nhận thông tin về cư trú."),
        new("Hoạt động chuyên môn", "chuyen-mon", "Sinh hoạt chuyên môn theo nghiên cứu bài học tại điểm bản Huổi Lếch",
            "Ngày 16/10/2026, Tổ chuyên môn khối 2 - 3 tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học tại điểm trường bản Huổi Lếch.",
            "Giáo viên dự giờ, quan sát hoạt động học của học sinh và cùng thảo luận các biện pháp giúp học sinh dân tộc Mông tăng cường tiếng Việt."),
    ];
}
