using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The commune's default flow (seed 000) through the real screens with the demo board: the contributor writes and
/// submits, the secretary classifies, the field member refuses on ground (d); a refusal ends that pass, so the
/// contributor fixes the text and submits a new pass, which is classified again, approved, published by the
/// technical admin and read by an anonymous visitor.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApprovalFlowBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";
    private const string ReasonD = "d) Không đúng sự thật hoặc trùng lặp nội dung đã đăng";

    [Fact]
    public async Task Article_ShouldBeRefusedFixedResubmittedApprovedAndPublished_ByTheCommuneBoard()
    {
        var title = $"Thôn Đắk Ung sửa trường mầm non {Guid.NewGuid().ToString("N")[..6]}";

        var contributor = await SignedInAsync("ctv");
        await contributor.GotoAsync($"{Tenant}/admin/content/new/Article");
        await contributor.GetByLabel("Tiêu đề").FillAsync(title);
        await contributor.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Tin hoạt động" });
        await contributor.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Giáo dục" });
        await contributor.Locator(".ql-editor").First.ClickAsync();
        await contributor.Keyboard.TypeAsync("Điểm trường có 40 phòng học mới.");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Assertions.Expect(contributor.GetByTestId("status")).ToHaveTextAsync("Bản nháp");
        var slug = await contributor.Locator("code").First.InnerTextAsync();
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Assertions.Expect(contributor.GetByText("Đã gửi duyệt.")).ToBeVisibleAsync();
        await Assertions.Expect(contributor.GetByTestId("state")).ToHaveTextAsync("Chờ Văn phòng tiếp nhận, phân loại");
        var flowUrl = contributor.Url;

        await ClassifyAsync(title);

        var member = await OpenFromInboxAsync("thanhvien", title);
        await member.GetByLabel(ReasonD).CheckAsync();
        await member.GetByLabel("Ý kiến", new() { Exact = true }).FillAsync("Điểm trường chỉ có 4 phòng học mới, đề nghị sửa lại số liệu.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Từ chối đăng" }).ClickAsync();
        await Assertions.Expect(member.GetByText("Đã thực hiện: Từ chối.")).ToBeVisibleAsync();

        // The contributor finds the refusal, its ground and the comment on the item's flow screen.
        await contributor.GotoAsync(flowUrl);
        await Assertions.Expect(contributor.GetByTestId("state")).ToContainTextAsync("Đã từ chối đăng");
        var timeline = contributor.GetByTestId("timeline");
        await Assertions.Expect(timeline).ToContainTextAsync($"Lý do: {ReasonD}");
        await Assertions.Expect(timeline).ToContainTextAsync("đề nghị sửa lại số liệu");
        await contributor.GetByRole(AriaRole.Link, new() { Name = "Mở trang soạn thảo" }).ClickAsync();
        await Assertions.Expect(contributor.GetByTestId("status")).ToHaveTextAsync("Từ chối");
        var editor = contributor.Locator(".ql-editor").First;
        await editor.ClickAsync();
        await contributor.Keyboard.PressAsync("Control+A");
        await contributor.Keyboard.TypeAsync("Điểm trường có 4 phòng học mới.");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Assertions.Expect(contributor.GetByText("Đã lưu bản nháp.")).ToBeVisibleAsync();
        await contributor.GetByRole(AriaRole.Link, new() { Name = "Quy trình duyệt" }).ClickAsync();
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Assertions.Expect(contributor.GetByText("Đã gửi duyệt.")).ToBeVisibleAsync();

        await ClassifyAsync(title);

        member = await OpenFromInboxAsync("thanhvien", title);
        await member.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("state")).ToHaveTextAsync("Đã duyệt, chờ đăng");

        var technical = await OpenFromInboxAsync("kythuat", title);
        await technical.GetByRole(AriaRole.Button, new() { Name = "Đăng", Exact = true }).ClickAsync();
        await Assertions.Expect(technical.GetByTestId("state")).ToHaveTextAsync("Đã đăng");

        var reader = await fixture.NewPageAsync();
        var response = await reader.GotoAsync(Tenant + slug);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByText("Điểm trường có 4 phòng học mới.", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByText("40 phòng học")).ToHaveCountAsync(0);
    }

    /// <summary>The secretary (office) receives the item from "Việc của tôi" and routes it to the education field.</summary>
    private async Task ClassifyAsync(string title)
    {
        var office = await OpenFromInboxAsync("thuky", title);
        await office.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Giáo dục" });
        await office.GetByRole(AriaRole.Button, new() { Name = "Phân loại, chuyển lĩnh vực" }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("state")).ToHaveTextAsync("Chờ thành viên phụ trách lĩnh vực duyệt");
    }

    private async Task<IPage> OpenFromInboxAsync(string userName, string title)
    {
        var page = await SignedInAsync(userName);
        await page.GotoAsync($"{Tenant}/admin/approval");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Việc của tôi" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        return page;
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(Tenant, userName, PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));
        return page;
    }
}
