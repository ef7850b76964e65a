namespace Portal.Core.Setup;

/// <summary>Published sample news of the two demo units, written as their boards would write them.</summary>
public static class DemoArticles
{
    /// <summary>A sample item; <see cref="DaysAgo"/> dates it (and its event) back from the day of seeding, so lists span months.</summary>
    public sealed record DemoArticle(string Section, string Field, string Title, string Summary, params string[] Paragraphs)
    {
        public DemoPictures.Scene Scene { get; init; } = DemoPictures.Scene.Hills;
        public int Variant { get; init; }
        public int DaysAgo { get; init; }
        public string? Caption { get; init; }
        public bool Featured { get; init; }
        /// <summary>Extra HTML after the paragraphs (a quotation, a table), already safe.</summary>
        public string? Extra { get; init; }
    }

    public static readonly DemoArticle[] Commune =
    [
        new("Tin hoạt động", "kinh-te-xa-hoi", "Xã Đắk Plô tổ chức Hội nghị sơ kết công tác 9 tháng đầu năm 2026",
            "Sáng 05/10/2026, UBND xã Đắk Plô tổ chức Hội nghị sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2026.",
            "Dự hội nghị có đại diện lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã, các ban, ngành, đoàn thể và trưởng các thôn trên địa bàn.",
            "Trong 9 tháng, tổng diện tích gieo trồng trên địa bàn xã đạt 1.245 ha, đạt 98% kế hoạch; 100% hộ dân được tuyên truyền về phòng, chống cháy rừng; thu ngân sách đạt 82% dự toán.",
            "Phát biểu kết luận, đồng chí Chủ tịch UBND xã đề nghị các thôn tập trung thu hoạch vụ mùa, đẩy mạnh cải cách hành chính và chuẩn bị tốt các điều kiện đón Tết Nguyên đán.")
        { Scene = DemoPictures.Scene.Meeting, DaysAgo = 59, Featured = true, Caption = "Quang cảnh Hội nghị sơ kết 9 tháng đầu năm 2026",
          Extra = "<blockquote><p>Các thôn tập trung thu hoạch vụ mùa, đẩy mạnh cải cách hành chính và chuẩn bị tốt các điều kiện đón Tết Nguyên đán.</p></blockquote><table><thead><tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện 9 tháng</th><th>Tỷ lệ</th></tr></thead><tbody><tr><td>Diện tích gieo trồng (ha)</td><td>1.270</td><td>1.245</td><td>98%</td></tr><tr><td>Thu ngân sách (triệu đồng)</td><td>2.150</td><td>1.763</td><td>82%</td></tr><tr><td>Hộ nghèo giảm (hộ)</td><td>25</td><td>19</td><td>76%</td></tr></tbody></table>" },
        new("Giáo dục", "giao-duc", "Trường Tiểu học Đắk Plô khai giảng năm học mới 2026 - 2027",
            "Ngày 05/9/2026, hơn 420 học sinh Trường Tiểu học Đắk Plô hân hoan bước vào năm học mới trong niềm vui của thầy cô, cha mẹ học sinh.",
            "Năm học 2026 - 2027, nhà trường có 16 lớp với 423 học sinh, trong đó 89 em lớp 1; 100% học sinh là người dân tộc thiểu số được hỗ trợ sách giáo khoa và đồ dùng học tập.",
            "Nhân dịp này, nhà trường trao 30 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập.")
        { Scene = DemoPictures.Scene.School, DaysAgo = 89, Featured = true, Caption = "Học sinh Trường Tiểu học Đắk Plô trong ngày khai giảng" },
        new("Y tế", "y-te", "Trạm Y tế xã triển khai tiêm chủng vắc xin sởi - rubella cho trẻ em",
            "Từ ngày 12/10 đến 16/10/2026, Trạm Y tế xã Đắk Plô tổ chức tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại các điểm tiêm ở thôn.",
            "Phụ huynh mang theo sổ tiêm chủng hoặc giấy tờ có liên quan; trẻ đang sốt hoặc mắc bệnh cấp tính sẽ được hẹn tiêm sau.",
            "Mọi thắc mắc xin liên hệ Trạm Y tế xã qua số điện thoại 0260 3 820 456 trong giờ hành chính.")
        { Scene = DemoPictures.Scene.Clinic, DaysAgo = 2, Featured = true, Caption = "Phụ huynh đưa trẻ đến tiêm chủng tại Trạm Y tế xã" },
        new("Đoàn thanh niên - Đội", "thanh-nien", "Đoàn xã ra quân Ngày Chủ nhật xanh làm sạch đường thôn",
            "Hưởng ứng phong trào \"Ngày Chủ nhật xanh\", sáng 19/10/2026, hơn 60 đoàn viên thanh niên xã Đắk Plô đã ra quân dọn vệ sinh, phát quang tuyến đường liên thôn.",
            "Các đoàn viên đã thu gom rác thải, phát quang bụi rậm trên chiều dài gần 3 km và trồng 200 cây xanh dọc hai bên đường.",
            "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường trong Nhân dân và xây dựng cảnh quan nông thôn mới.")
        { Scene = DemoPictures.Scene.Volunteers, DaysAgo = 45, Caption = "Đoàn viên thanh niên dọn vệ sinh tuyến đường liên thôn" },
        new("Đảng - Mặt trận - Đoàn thể", "dang-doan-the", "Ủy ban MTTQ xã trao nhà Đại đoàn kết cho hộ nghèo thôn Đắk Ung",
            "Ngày 26/10/2026, Ủy ban MTTQ Việt Nam xã Đắk Plô tổ chức bàn giao nhà Đại đoàn kết cho gia đình bà Y Hoa, hộ nghèo thôn Đắk Ung.",
            "Ngôi nhà có diện tích 60 m², tổng trị giá 80.000.000 đồng, trong đó Quỹ Vì người nghèo hỗ trợ 50.000.000 đồng, phần còn lại do gia đình và bà con trong thôn góp công, góp vật liệu.")
        { Scene = DemoPictures.Scene.House, DaysAgo = 38, Featured = true, Caption = "Bàn giao nhà Đại đoàn kết cho gia đình bà Y Hoa" },
        new("Kinh tế - Xã hội", "kinh-te-xa-hoi", "Thông báo lịch tiếp công dân tháng 11/2026",
            "UBND xã Đắk Plô thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã trong tháng 11/2026.",
            "Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm các ngày 05/11 và 19/11/2026 tại Phòng tiếp công dân, Trụ sở UBND xã.",
            "Công dân đến làm việc mang theo căn cước công dân và các giấy tờ liên quan đến nội dung kiến nghị, phản ánh.")
        { Scene = DemoPictures.Scene.Meeting, Variant = 1, DaysAgo = 33, Caption = "Phòng tiếp công dân, Trụ sở UBND xã" },
        new("Kinh tế - Xã hội", "kinh-te-xa-hoi", "Nông dân xã Đắk Plô thu hoạch lúa nước vụ mùa năm 2026",
            "Những ngày cuối tháng 10, bà con các thôn trên địa bàn xã khẩn trương thu hoạch gần 300 ha lúa nước vụ mùa, năng suất ước đạt 48 tạ/ha.",
            "Nhờ áp dụng giống lúa mới và lịch thời vụ do Trạm Khuyến nông huyện hướng dẫn, năng suất lúa năm nay tăng khoảng 3 tạ/ha so với cùng kỳ.",
            "UBND xã khuyến cáo bà con phơi khô, bảo quản thóc đúng cách và tận dụng rơm rạ làm thức ăn cho gia súc trong mùa khô.")
        { Scene = DemoPictures.Scene.Harvest, DaysAgo = 36, Featured = true, Caption = "Bà con thôn Đắk Ung thu hoạch lúa vụ mùa" },
        new("Tin hoạt động", "kinh-te-xa-hoi", "Xã Đắk Plô ra quân phòng, chống cháy rừng mùa khô 2026 - 2027",
            "Sáng 22/11/2026, UBND xã phối hợp với Hạt Kiểm lâm huyện tổ chức lễ ra quân phòng, chống cháy rừng mùa khô với sự tham gia của hơn 150 người.",
            "Xã đã thành lập 7 tổ bảo vệ rừng tại các thôn, làm mới 12 km đường băng cản lửa và bố trí lực lượng trực 24/24 giờ trong những ngày cao điểm nắng nóng.",
            "Người dân phát hiện cháy rừng xin báo ngay cho trưởng thôn hoặc số điện thoại trực của UBND xã: 0260 3 820 123.")
        { Scene = DemoPictures.Scene.Forest, DaysAgo = 11, Featured = true, Caption = "Rừng phòng hộ đầu nguồn trên địa bàn xã Đắk Plô" },
        new("Tin hoạt động", "van-hoa-thong-tin", "Đồng bào Xơ Đăng thôn Đắk Blô vui lễ mừng lúa mới",
            "Trong không khí phấn khởi sau vụ mùa bội thu, ngày 15/11/2026, bà con thôn Đắk Blô tổ chức lễ mừng lúa mới theo phong tục truyền thống của đồng bào Xơ Đăng.",
            "Lễ hội diễn ra tại nhà rông của thôn với các nghi thức cúng Yàng, trình diễn cồng chiêng, múa xoang và các trò chơi dân gian, thu hút đông đảo bà con tham gia.",
            "Thông tin thêm về các lễ hội truyền thống của tỉnh xem tại địa chỉ https://svhttdl.kontum.gov.vn/van-hoa-dan-toc/le-hoi-truyen-thong-cua-dong-bao-cac-dan-toc-thieu-so-tinh-kon-tum.")
        { Scene = DemoPictures.Scene.Festival, DaysAgo = 18, Caption = "Múa xoang bên nhà rông thôn Đắk Blô",
          Extra = "<blockquote><p>Lễ mừng lúa mới là dịp để bà con tạ ơn Yàng, cầu mong mưa thuận gió hòa, mùa màng bội thu.</p></blockquote>"
            + "<table><thead><tr><th>Thời gian</th><th>Hoạt động</th><th>Địa điểm</th><th>Người phụ trách</th></tr></thead><tbody>"
            + "<tr><td>07:00 - 08:30</td><td>Nghi thức cúng Yàng mừng lúa mới</td><td>Nhà rông thôn Đắk Blô</td><td>Già làng A Nhân</td></tr>"
            + "<tr><td>08:30 - 11:00</td><td>Trình diễn cồng chiêng, múa xoang</td><td>Sân nhà rông</td><td>Đội cồng chiêng thôn</td></tr>"
            + "<tr><td>13:30 - 16:30</td><td>Trò chơi dân gian: đẩy gậy, kéo co, giã gạo</td><td>Sân văn hóa thôn</td><td>Chi đoàn thôn Đắk Blô</td></tr>"
            + "</tbody></table>" },
        new("Kinh tế - Xã hội", "kinh-te-xa-hoi", "Ra mắt Tổ công nghệ số cộng đồng tại 8 thôn",
            "Ngày 28/11/2026, UBND xã ra mắt 8 Tổ công nghệ số cộng đồng, giúp người dân cài đặt ứng dụng định danh điện tử và nộp hồ sơ dịch vụ công trực tuyến.",
            "Mỗi tổ gồm trưởng thôn, đoàn viên thanh niên và công an viên; các tổ hướng dẫn trực tiếp tại nhà văn hóa thôn vào tối thứ Bảy hằng tuần.")
        { Scene = DemoPictures.Scene.Meeting, Variant = 2, DaysAgo = 5, Caption = "Ra mắt Tổ công nghệ số cộng đồng" },
    ];

    public static readonly DemoArticle[] School =
    [
        new("Hoạt động nhà trường", "chuyen-mon", "Trường Tiểu học số 1 Mường Mươn tổ chức Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
            "Từ ngày 02/11 đến 13/11/2026, nhà trường tổ chức Hội giảng với 18 tiết dạy của giáo viên ở tất cả các khối lớp.",
            "Các tiết dạy được đầu tư công phu, vận dụng linh hoạt phương pháp dạy học tích cực và ứng dụng công nghệ thông tin theo Chương trình giáo dục phổ thông 2018.",
            "Kết quả, 12 tiết dạy được xếp loại Tốt, 6 tiết xếp loại Khá; nhà trường chọn 4 giáo viên tham gia Hội thi giáo viên dạy giỏi cấp huyện.")
        { Scene = DemoPictures.Scene.Classroom, DaysAgo = 20, Featured = true, Caption = "Tiết dạy Hội giảng của lớp 4A" },
        new("Đội - Sao nhi đồng", "doi-sao-nhi-dong", "Liên đội phát động phong trào \"Kế hoạch nhỏ\" năm học 2026 - 2027",
            "Liên đội Trường Tiểu học số 1 Mường Mươn phát động phong trào thu gom giấy vụn, vỏ chai nhựa gây quỹ giúp bạn nghèo vượt khó.",
            "Mỗi chi đội phấn đấu thu gom ít nhất 50 kg giấy vụn trong học kỳ I; số tiền gây quỹ được dùng mua áo ấm, sách vở cho các bạn học sinh bán trú.")
        { Scene = DemoPictures.Scene.Volunteers, Variant = 1, DaysAgo = 62, Featured = true, Caption = "Đội viên Liên đội ra quân phong trào Kế hoạch nhỏ" },
        new("Tuyển sinh", "tuyen-sinh-cong-khai", "Thông báo kế hoạch tuyển sinh lớp 1 năm học 2027 - 2028",
            "Nhà trường thông báo kế hoạch tuyển sinh vào lớp 1 đối với trẻ sinh năm 2021 cư trú tại các bản thuộc địa bàn tuyển sinh của trường.",
            "Thời gian nhận hồ sơ từ ngày 01/7 đến 15/7/2027 tại văn phòng nhà trường, trong giờ hành chính.",
            "Hồ sơ gồm đơn xin học theo mẫu, bản sao giấy khai sinh và giấy xác nhận thông tin về cư trú.")
        { Scene = DemoPictures.Scene.School, Variant = 1, DaysAgo = 8, Featured = true, Caption = "Khuôn viên Trường Tiểu học số 1 Mường Mươn" },
        new("Hoạt động chuyên môn", "chuyen-mon", "Sinh hoạt chuyên môn theo nghiên cứu bài học tại điểm bản Huổi Lếch",
            "Ngày 16/10/2026, Tổ chuyên môn khối 2 - 3 tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học tại điểm trường bản Huổi Lếch.",
            "Giáo viên dự giờ, quan sát hoạt động học của học sinh và cùng thảo luận các biện pháp giúp học sinh dân tộc Mông tăng cường tiếng Việt.")
        { Scene = DemoPictures.Scene.Classroom, Variant = 1, DaysAgo = 48, Caption = "Giáo viên dự giờ tại điểm trường bản Huổi Lếch" },
        new("Hoạt động nhà trường", "chuyen-mon", "Lễ khai giảng năm học 2026 - 2027",
            "Sáng 05/9/2026, Trường Tiểu học số 1 Mường Mươn long trọng tổ chức Lễ khai giảng năm học mới với sự tham dự của lãnh đạo xã và đông đảo cha mẹ học sinh.",
            "Năm học này nhà trường có 21 lớp với 512 học sinh ở điểm trường chính và 3 điểm bản; 98 em học sinh lớp 1 lần đầu đến trường.",
            "Hồi trống khai trường vang lên mở đầu năm học mới với quyết tâm thực hiện tốt Chương trình giáo dục phổ thông 2018.")
        { Scene = DemoPictures.Scene.School, Variant = 2, DaysAgo = 89, Featured = true, Caption = "Học sinh dự Lễ khai giảng năm học 2026 - 2027" },
        new("Hoạt động nhà trường", "co-so-vat-chat", "Học sinh bán trú điểm bản Huổi Lếch nhận áo ấm mùa đông",
            "Ngày 25/11/2026, nhà trường phối hợp với các nhà hảo tâm trao 120 áo ấm, 60 đôi ủng và chăn cho học sinh bán trú điểm bản Huổi Lếch.",
            "Món quà giúp các em yên tâm học tập trong những ngày giá rét vùng cao.")
        { Scene = DemoPictures.Scene.Volunteers, Variant = 2, DaysAgo = 7, Caption = "Trao áo ấm cho học sinh bán trú" },
    ];
}
