using Scene = Portal.Core.Setup.DemoPictures.Scene;
using Page = Portal.Core.Setup.DemoSiteContent.DemoPage;

namespace Portal.Core.Setup;

/// <summary>The demo units' introduction pages, procedures, albums and links, as their boards would write them.</summary>
public static class DemoUnits
{
    public static readonly Page[] CommunePages =
    [
        new("Tổng quan", "Giới thiệu chung về xã Đắk Plô", "Xã Đắk Plô nằm ở phía Bắc huyện Đắk Glei, tỉnh Kon Tum, có diện tích tự nhiên 22.634 ha.",
        [
            "Xã Đắk Plô có 8 thôn với 1.156 hộ, 4.820 nhân khẩu; đồng bào dân tộc Xơ Đăng (nhánh Giẻ Triêng) chiếm hơn 95% dân số.",
            "Địa hình chủ yếu là đồi núi, độ che phủ rừng đạt 78%; kinh tế chủ yếu là sản xuất nông, lâm nghiệp với cây lúa nước, sâm Ngọc Linh, quế và cây dược liệu.",
            "<h2>Vị trí địa lý</h2><ul><li>Phía Bắc giáp tỉnh Quảng Nam;</li><li>Phía Nam giáp xã Đắk Man;</li><li>Phía Đông giáp xã Đắk Nhoong;</li><li>Phía Tây giáp nước Cộng hòa Dân chủ Nhân dân Lào.</li></ul>",
        ])
        {
            Picture = (Scene.Hills, 1, "Ruộng bậc thang thôn Đắk Ung, xã Đắk Plô"),
            TitleEn = "About Đắk Plô commune",
            BodyEn = "<p>Đắk Plô commune lies in the north of Đắk Glei district, Kon Tum province, with a natural area of 22,634 ha.</p><p>The commune has 8 villages, 1,156 households and 4,820 inhabitants; more than 95% are Xơ Đăng (Giẻ Triêng) people. Forest covers 78% of its land; rice, Ngọc Linh ginseng, cinnamon and medicinal plants are its main crops.</p>",
        },
        new("Bộ máy tổ chức", "Cơ cấu tổ chức của UBND xã Đắk Plô", "Ủy ban nhân dân xã gồm Chủ tịch, 2 Phó Chủ tịch và các công chức chuyên môn.",
        [
            "<h2>Ủy ban nhân dân xã</h2><ul><li>Chủ tịch UBND xã: phụ trách chung, lĩnh vực nội chính, tài chính, quốc phòng - an ninh;</li><li>Phó Chủ tịch phụ trách kinh tế: nông nghiệp, địa chính - xây dựng, tài nguyên, môi trường;</li><li>Phó Chủ tịch phụ trách văn hóa - xã hội: giáo dục, y tế, văn hóa - thông tin, lao động - thương binh và xã hội.</li></ul>",
            "<h2>Công chức chuyên môn</h2><p>Văn phòng - Thống kê; Tài chính - Kế toán; Tư pháp - Hộ tịch; Địa chính - Xây dựng - Nông nghiệp và Môi trường; Văn hóa - Xã hội; Chỉ huy trưởng Quân sự.</p>",
            "<h2>Liên hệ</h2><p>Trụ sở UBND xã: thôn Đắk Ung, xã Đắk Plô, huyện Đắk Glei, tỉnh Kon Tum. Điện thoại: 0260 3 820 123. Thư điện tử: ubnd.dakplo@kontum.gov.vn.</p>",
        ])
        {
            TitleEn = "Organisation and contacts",
            BodyEn = "<p>The People's Committee of the commune consists of a Chairman, two Vice-Chairmen and its civil servants (office and statistics; finance and accounting; justice and civil status; land, construction, agriculture and environment; culture and society; military command).</p><p>Address: Đắk Ung village, Đắk Plô commune, Đắk Glei district, Kon Tum province. Telephone: +84 260 3 820 123. Email: ubnd.dakplo@kontum.gov.vn.</p>",
        },
        new("Lãnh đạo xã", "Lãnh đạo Đảng ủy, HĐND, UBND xã", "Danh sách lãnh đạo xã nhiệm kỳ 2021 - 2026.",
        [
            "<table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody><tr><td>A Lưu</td><td>Bí thư Đảng ủy, Chủ tịch HĐND xã</td><td>0905 123 401</td></tr><tr><td>Y Thơ</td><td>Phó Bí thư Thường trực Đảng ủy</td><td>0905 123 402</td></tr><tr><td>A Thanh</td><td>Phó Bí thư Đảng ủy, Chủ tịch UBND xã</td><td>0905 123 403</td></tr><tr><td>Nguyễn Văn Hùng</td><td>Phó Chủ tịch UBND xã</td><td>0905 123 404</td></tr><tr><td>Y Lan</td><td>Phó Chủ tịch HĐND xã</td><td>0905 123 405</td></tr></tbody></table>",
            "Lịch tiếp công dân của lãnh đạo xã được đăng tại chuyên mục Lịch công tác tuần.",
        ])
        {
            Picture = (Scene.Meeting, 0, "Lãnh đạo xã Đắk Plô tại kỳ họp HĐND xã"),
        },
    ];

    public static readonly Page[] SchoolPages =
    [
        new("Tổng quan về nhà trường", "Giới thiệu Trường Tiểu học số 1 Mường Mươn", "Trường được thành lập năm 1997, có điểm trường chính và 3 điểm bản.",
        [
            "Trường Tiểu học số 1 Mường Mươn đóng tại bản Mường Mươn, xã Mường Mươn, huyện Mường Chà, tỉnh Điện Biên; năm học 2026 - 2027 có 21 lớp, 512 học sinh, 100% là học sinh dân tộc thiểu số (Thái, Mông, Khơ Mú).",
            "Nhà trường đạt chuẩn quốc gia mức độ 1 năm 2022; có 38 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn trình độ đào tạo.",
            "<h2>Sứ mệnh</h2><p>Xây dựng môi trường học tập thân thiện, an toàn, giúp mỗi học sinh vùng cao được học tốt tiếng Việt và phát triển toàn diện.</p>",
        ])
        {
            Picture = (Scene.School, 3, "Khuôn viên điểm trường chính"),
            TitleEn = "About the school",
            BodyEn = "<p>Mường Mươn No. 1 Primary School (Mường Chà district, Điện Biên province) was founded in 1997. In the 2026 - 2027 school year it has 21 classes and 512 pupils, all from ethnic minorities (Thái, Hmong, Khơ Mú), at its main site and three village sites.</p>",
        },
        new("Ban giám hiệu", "Ban giám hiệu nhà trường", "Hiệu trưởng và các Phó Hiệu trưởng năm học 2026 - 2027.",
        [
            "<table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Phụ trách</th></tr></thead><tbody><tr><td>Phạm Thị Ngân</td><td>Hiệu trưởng</td><td>Phụ trách chung, tài chính, cơ sở vật chất</td></tr><tr><td>Quàng Văn Thắng</td><td>Phó Hiệu trưởng</td><td>Chuyên môn khối 1 - 3, điểm bản</td></tr><tr><td>Lò Thị Xuân</td><td>Phó Hiệu trưởng</td><td>Chuyên môn khối 4 - 5, bán trú</td></tr></tbody></table>",
        ]),
        new("Liên hệ", "Liên hệ với nhà trường", "Địa chỉ, điện thoại và thư điện tử của nhà trường.",
        [
            "Địa chỉ: bản Mường Mươn, xã Mường Mươn, huyện Mường Chà, tỉnh Điện Biên.",
            "Điện thoại: 0215 3 845 678. Thư điện tử: ths01muongmuon@muongcha.edu.vn.",
        ])
        {
            TitleEn = "Contact",
            BodyEn = "<p>Address: Mường Mươn village, Mường Mươn commune, Mường Chà district, Điện Biên province. Telephone: +84 215 3 845 678. Email: ths01muongmuon@muongcha.edu.vn.</p>",
        },
    ];

    public static readonly (string Title, string Code, string Time, string Fee, string Steps)[] CommuneProcedures =
    [
        ("Đăng ký khai sinh", "1.001193", "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí",
            "<h2>Trình tự thực hiện</h2><ol><li>Người đi đăng ký nộp tờ khai và giấy tờ tại Bộ phận Một cửa UBND xã hoặc trên Cổng Dịch vụ công.</li><li>Công chức Tư pháp - Hộ tịch kiểm tra, ghi vào Sổ hộ tịch.</li><li>Người đi đăng ký ký vào Sổ hộ tịch và nhận Giấy khai sinh.</li></ol><h2>Hồ sơ</h2><ul><li>Tờ khai đăng ký khai sinh theo mẫu;</li><li>Giấy chứng sinh.</li></ul>"),
        ("Chứng thực bản sao từ bản chính", "2.000815", "Trong ngày làm việc", "2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang",
            "<h2>Trình tự thực hiện</h2><ol><li>Người yêu cầu xuất trình bản chính và bản sao cần chứng thực.</li><li>Người thực hiện chứng thực đối chiếu, ghi lời chứng, ký và đóng dấu.</li></ol>"),
        ("Đăng ký kết hôn", "1.000894", "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí",
            "<h2>Trình tự thực hiện</h2><ol><li>Hai bên nam, nữ nộp tờ khai đăng ký kết hôn tại UBND xã nơi cư trú của một trong hai người.</li><li>Công chức Tư pháp - Hộ tịch kiểm tra hồ sơ; nếu đủ điều kiện, hai bên cùng ký vào Sổ hộ tịch và Giấy chứng nhận kết hôn.</li></ol>"),
    ];

    public static readonly (string Title, string Url)[] CommuneLinks =
    [
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
        ("Cổng thông tin điện tử tỉnh Kon Tum", "https://kontum.gov.vn"),
        ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ];
}
