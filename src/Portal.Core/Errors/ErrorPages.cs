using Microsoft.AspNetCore.Http;

namespace Portal.Core.Errors;

/// <summary>The Vietnamese wording of every error answer (English in Portal.Web's Localization/errors.en.json).</summary>
public static class ErrorPages
{
    /// <summary>Writes to disk or database refused for lack of space: 507 Insufficient Storage.</summary>
    public const int InsufficientStorage = StatusCodes.Status507InsufficientStorage;

    /// <summary>The page for a status code set by the application (an empty 404, 403, 400…).</summary>
    public static ErrorPage ForStatus(int statusCode) => statusCode switch
    {
        400 => new(400, "Yêu cầu không hợp lệ", "Địa chỉ hoặc dữ liệu gửi lên không hợp lệ. Xin kiểm tra lại địa chỉ, hoặc quay về trang chủ."),
        401 => new(401, "Cần đăng nhập", "Trang này chỉ dành cho người đã đăng nhập."),
        403 => new(403, "Không có quyền truy cập", "Bạn không có quyền xem trang này hoặc thực hiện thao tác này."),
        404 => new(404, "Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi. Xin thử tìm kiếm, hoặc quay về trang chủ."),
        405 => new(405, "Thao tác không được hỗ trợ", "Địa chỉ này không nhận kiểu yêu cầu vừa gửi."),
        409 => new(409, "Dữ liệu đã thay đổi", "Dữ liệu vừa được người khác thay đổi. Xin tải lại trang và làm lại."),
        410 => new(410, "Trang không còn nữa", "Trang này đã bị gỡ bỏ."),
        413 => new(413, "Dữ liệu gửi lên quá lớn", "Tệp hoặc nội dung gửi lên vượt quá giới hạn cho phép."),
        414 => new(414, "Địa chỉ quá dài", "Địa chỉ trang quá dài. Xin kiểm tra lại địa chỉ."),
        415 => new(415, "Định dạng không được hỗ trợ", "Dữ liệu gửi lên không đúng định dạng trang này nhận."),
        429 => new(429, "Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Xin chờ một lát rồi thử lại."),
        503 => new(503, "Trang tạm ngừng phục vụ", "Hệ thống tạm thời chưa phục vụ được yêu cầu này. Xin quay lại sau ít phút."),
        InsufficientStorage => ForStorage(StorageFailureKind.DiskFull),
        >= 400 and < 500 => new(statusCode, "Yêu cầu không hợp lệ", "Yêu cầu không thực hiện được. Xin kiểm tra lại địa chỉ, hoặc quay về trang chủ."),
        _ => new(statusCode, "Đã xảy ra lỗi", "Hệ thống gặp lỗi khi xử lý yêu cầu. Lỗi đã được ghi lại; xin thử lại sau ít phút."),
    };

    /// <summary>The page for a write the disk or database refused; nothing was saved (every write path rolls back).</summary>
    public static ErrorPage ForStorage(StorageFailureKind kind) => kind switch
    {
        StorageFailureKind.DiskFull => new(InsufficientStorage, "Không đủ dung lượng lưu trữ",
            "Không đủ dung lượng lưu trữ trên máy chủ nên thao tác vừa rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng. Xin báo cho quản trị kỹ thuật của hệ thống."),
        StorageFailureKind.ReadOnly => new(StatusCodes.Status503ServiceUnavailable, "Không ghi được dữ liệu",
            "Bộ nhớ lưu trữ trên máy chủ đang ở chế độ chỉ đọc nên thao tác vừa rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng. Xin báo cho quản trị kỹ thuật của hệ thống."),
        StorageFailureKind.DatabaseBusy => new(StatusCodes.Status503ServiceUnavailable, "Hệ thống đang bận",
            "Cơ sở dữ liệu đang bận nên thao tác vừa rồi chưa được thực hiện. Xin thử lại sau ít giây."),
        _ => new(StatusCodes.Status503ServiceUnavailable, "Lỗi đọc ghi cơ sở dữ liệu",
            "Cơ sở dữ liệu của trang đang gặp lỗi đọc ghi nên yêu cầu vừa rồi chưa được thực hiện. Xin thử lại sau ít phút, hoặc báo cho quản trị kỹ thuật của hệ thống."),
    };

    /// <summary>The status an exception answers with (the exception handler's selector): storage failures and bad requests are not 500s.</summary>
    public static int StatusCodeFor(Exception exception) =>
        StorageFailure.Classify(exception) is { } kind ? ForStorage(kind).StatusCode
        : exception is BadHttpRequestException bad ? bad.StatusCode
        : StatusCodes.Status500InternalServerError;

    /// <summary>The page for an exception that reached the pipeline: a storage failure says so; anything else is a plain 500.</summary>
    public static ErrorPage ForException(Exception? exception, int statusCode) =>
        StorageFailure.Classify(exception) is { } kind ? ForStorage(kind) : ForStatus(statusCode);
}
