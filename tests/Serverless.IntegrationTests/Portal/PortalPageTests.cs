using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Summary;

namespace Serverless.IntegrationTests.Portal;

/// <summary>
/// The portal page in headless chromium (Playwright for .NET) against the local host, on the demo data (samples/):
/// the chart shows the summary's counts, a click on a bar opens that line's paragraphs, an upload through the page
/// reaches Classified, and a document's row withdraws, corrects or replaces it. Screenshots go to portal/screenshots/.
/// </summary>
[Collection(PlatformCollection.Name)]
public class PortalPageTests(PlatformFixture platform)
{
    private const int Year = 2184;

    [ChromiumFact]
    public async Task Page_ChartsTheSummary_OpensALinesParagraphs_AndTakesAnUploadToClassified()
    {
        // Arrange: the samples uploaded for the year, classified and compiled.
        var summary = await DemoDataAsync();
        await using var browser = await PortalBrowser.LaunchAsync();
        var (page, errors) = (browser.Page, browser.Errors);

        // Act 1: the page for the year.
        await page.GotoAsync(new Uri(platform.Platform.BaseAddress, $"?year={Year}").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        var chart = await page.EvaluateAsync<ChartData>(
            "() => { const c = Chart.getChart('actionLinesChart'); return { labels: c.data.labels, counts: c.data.datasets[0].data }; }");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("1-summary.png"), FullPage = true });

        // Assert 1: every action line of the summary, with its count.
        Assert.Empty(errors);
        Assert.Equal(summary.ActionLines.Select(a => a.Code), chart.Labels);
        Assert.Equal(summary.ActionLines.Select(a => a.Paragraphs), chart.Counts);
        Assert.Contains("C7", chart.Labels);

        // Act 2: a click on the bar of the line with the most paragraphs.
        var line = summary.ActionLines.OrderByDescending(a => a.Paragraphs).First();
        var point = await page.EvaluateAsync<Point>(
            $"() => {{ const c = Chart.getChart('actionLinesChart'); const bar = c.getDatasetMeta(0).data[c.data.labels.indexOf('{line.Code}')]; return {{ x: bar.x - 4, y: bar.y }}; }}");
        var canvas = (await page.Locator("#actionLinesChart").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(canvas.X + (float)point.X, canvas.Y + (float)point.Y);
        await page.WaitForSelectorAsync($"#paragraphs[data-filter='actionLine={line.Code}'] li");
        var shown = await page.Locator("#paragraphs li").CountAsync();
        var marked = await page.Locator("#paragraphs li mark").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("2-paragraphs.png"), FullPage = false });

        // Assert 2: that line's paragraphs (a first page of at most 50), evidence terms marked.
        var hits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={Year}&actionLine={line.Code}&limit=1000", ApiJson.Options);
        Assert.Equal(Math.Min(50, hits!.Length), shown);
        Assert.True(marked > 0, "No evidence term is highlighted.");

        // Act 2b: the paragraphs citing the body cited most (its button), then those holding a word.
        var body = summary.Bodies.OrderByDescending(b => b.Paragraphs).First();
        await page.Locator("#bodies").GetByRole(AriaRole.Button, new() { Name = $"Read the paragraphs citing {body.Name}" }).ClickAsync();
        await page.WaitForSelectorAsync($"#paragraphs[data-filter='body={body.Id}'] li");
        var citing = await page.Locator("#paragraphs li").CountAsync();
        // Without its accent, as the API's search matches it: the page marks the word as written.
        await page.FillAsync("#search-words", "enseignants resolution");
        await page.Locator("#search").GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.WaitForSelectorAsync("#paragraphs[data-filter='q=enseignants+resolution'] li");
        var found = await page.Locator("#paragraphs li").CountAsync();
        var foundMarked = await page.Locator("#paragraphs li:has(mark:text-is('résolution'))").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("7-search.png"), FullPage = false });

        // Assert 2b: the API's paragraphs for each, the word marked in every one.
        var bodyHits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={Year}&body={body.Id}&limit=1000", ApiJson.Options);
        var wordHits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={Year}&q=enseignants%20resolution&limit=1000", ApiJson.Options);
        Assert.Equal(Math.Min(50, bodyHits!.Length), citing);
        Assert.NotEmpty(wordHits!);
        Assert.Equal((Math.Min(50, wordHits!.Length), Math.Min(50, wordHits.Length)), (found, foundMarked));

        // Act 2c: the documents of the entity with the most paragraphs (its button), then every document again.
        var entity = summary.Entities.OrderByDescending(e => e.Paragraphs).First().Entity;
        await page.Locator("#entities").GetByRole(AriaRole.Button, new() { Name = $"List the documents of {entity}" }).ClickAsync();
        await page.WaitForSelectorAsync("#documents-shown:not([hidden])");
        var entityCells = await page.Locator("#documents tbody tr td:nth-child(2)").AllInnerTextsAsync();
        await page.Locator("#documents-shown").GetByRole(AriaRole.Button, new() { Name = "List every document" }).ClickAsync();
        await page.WaitForSelectorAsync("#documents-shown[hidden]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var everyRow = await page.Locator("#documents tbody tr").CountAsync();

        // Assert 2c
        var yearDocuments = await platform.Http.GetFromJsonAsync<DocumentRecord[]>($"api/documents?year={Year}&limit=1000", ApiJson.Options);
        Assert.Equal(Enumerable.Repeat(entity, yearDocuments!.Count(d => d.Entity == entity)), entityCells);
        Assert.Equal(yearDocuments!.Length, everyRow);

        // Act 3: a file given to the page's upload control.
        const string name = "portal-upload.md";
        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = name,
            MimeType = "text/markdown",
            Buffer = Encoding.UTF8.GetBytes(SampleTexts.Contribution($"{nameof(PortalPageTests)} {Guid.NewGuid():N}")),
        });
        try
        {
            await page.WaitForSelectorAsync($"#documents tr:has-text('{name}') td.status-Classified", new PageWaitForSelectorOptions { Timeout = 120_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The upload did not show Classified. Page status: '{await page.InnerTextAsync("#status")}'; documents: {await page.InnerTextAsync("#documents")}");
        }

        await page.Locator("#documents").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("3-documents.png"), FullPage = false });

        // Assert 3
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task DocumentsTable_SaysWhyADocumentWasWithdrawn_When_ANewerVersionReplacedIt()
    {
        // Arrange: a report written twice under one name in storage, both classified, then the year compiled.
        const int year = 2195;
        const string blobName = "2195/ITU/replaced-report.md";
        var first = await platform.DropAsync(blobName, SampleTexts.Contribution("first " + Guid.NewGuid()));
        await platform.WaitForFinalStatusAsync(first);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // storage records write times to the second
        await platform.WaitForFinalStatusAsync(await platform.DropAsync(blobName, SampleTexts.Contribution("corrected " + Guid.NewGuid())));
        await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(year);
        await using var browser = await PortalBrowser.LaunchAsync();
        var page = browser.Page;

        // Act
        await page.GotoAsync(new Uri(platform.Platform.BaseAddress, $"?year={year}").ToString());
        await page.WaitForSelectorAsync("#documents td.status-Withdrawn");
        var row = page.Locator($"#documents tr[data-id='{first}']");
        await page.Locator("#documents").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("4-replaced-version.png"), FullPage = false });

        // Assert
        Assert.Equal("Withdrawn", await row.Locator("td").Nth(2).InnerTextAsync());
        Assert.StartsWith($"The file {blobName} was replaced in storage by a newer version", await row.Locator("td").Nth(4).InnerTextAsync());
        Assert.Equal(1, await page.Locator("#documents td.status-Classified").CountAsync());
    }

    [ChromiumFact]
    public async Task DocumentsTable_WithdrawsCorrectsAndReplacesADocument_ThroughItsRowsForms()
    {
        // Arrange: three contributions uploaded for the year and classified.
        const int year = 2187;
        var marker = Guid.NewGuid().ToString("N");
        var (test, draft, mislabelled) = (await UploadAsync("test-upload.md", year, marker), await UploadAsync("draft.md", year, marker), await UploadAsync("mislabelled.md", year, marker));
        await using var browser = await PortalBrowser.LaunchAsync();
        var (page, errors) = (browser.Page, browser.Errors);
        await page.GotoAsync(new Uri(platform.Platform.BaseAddress, $"?year={year}").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        ILocator Row(string id) => page.Locator($"#documents tr[data-id='{id}']");

        // Act 1: the test upload withdrawn, with a reason.
        await Row(test).GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        var form = page.Locator($"#documents tr.document-form[data-for='{test}']");
        await form.GetByLabel("Why (optional)").FillAsync("a test upload");
        await form.GetByLabel("Your name").FillAsync("Reviewer of the portal");
        await form.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await page.WaitForSelectorAsync($"#documents tr[data-id='{test}'] td.status-Withdrawn");

        // Act 2: a corrected file given as the new version of the draft.
        var chooser = await page.RunAndWaitForFileChooserAsync(() => Row(draft).GetByRole(AriaRole.Button, new() { Name = "New version" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = "draft-corrected.md",
            MimeType = "text/markdown",
            Buffer = Encoding.UTF8.GetBytes(SampleTexts.Contribution($"corrected {marker}")),
        });
        try
        {
            await page.WaitForSelectorAsync($"#documents tr[data-id='{draft}'] td.status-Withdrawn", new PageWaitForSelectorOptions { Timeout = 120_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The draft was not replaced. Page status: '{await page.InnerTextAsync("#status")}'; documents: {await page.InnerTextAsync("#documents")}");
        }

        // Act 3: the third one's entity corrected; the form knows the name given before.
        await Row(mislabelled).GetByRole(AriaRole.Button, new() { Name = "Correct" }).ClickAsync();
        form = page.Locator($"#documents tr.document-form[data-for='{mislabelled}']");
        var rememberedName = await form.GetByLabel("Your name").InputValueAsync();
        await form.GetByLabel("Entity").FillAsync("UNESCO");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        try
        {
            await page.WaitForSelectorAsync($"#documents tr[data-id='{mislabelled}'] td:text-is('UNESCO')");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The correction did not show. Form: '{await form.InnerTextAsync()}'; page status: '{await page.InnerTextAsync("#status")}'");
        }

        await page.Locator("#documents").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("5-document-actions.png"), FullPage = false });

        // Assert: what the API holds, and what the rows say.
        var stored = await platform.Http.GetFromJsonAsync<DocumentRecord[]>($"api/documents?year={year}&limit=100", ApiJson.Options);
        var byId = stored!.ToDictionary(d => d.Id);
        Assert.Equal(("Reviewer of the portal", "a test upload"), (byId[test].Withdrawal!.By, byId[test].Withdrawal!.Reason));
        var newer = Assert.Single(stored!, d => d.FileName == "draft-corrected.md");
        Assert.Equal((DocumentStatus.Classified, draft), (newer.Status, newer.Replaces));
        Assert.Equal(newer.Id, byId[draft].ReplacedBy);
        Assert.Equal(("UNESCO", "Reviewer of the portal"), (byId[mislabelled].Entity, byId[mislabelled].Correction!.By));
        Assert.Equal("Reviewer of the portal", rememberedName);
        Assert.Equal(0, await Row(test).Locator("button").CountAsync());
        Assert.Equal(0, await Row(draft).Locator("button").CountAsync());
        Assert.Equal(3, await Row(newer.Id).Locator("button").CountAsync());
        Assert.Contains("a test upload", await Row(test).InnerTextAsync());
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task Writes_AskForAFunctionKey_When_TheApiRefusesThemWithout_AndSendItFromThenOn()
    {
        // Arrange: two classified documents; in front of the local host (which asks no key), the answer Azure gives a
        // write without a function key: 401, whatever the route.
        const int year = 2188;
        const string key = "a-function-key";
        var marker = Guid.NewGuid().ToString("N");
        var (first, second) = (await UploadAsync("first.md", year, marker), await UploadAsync("second.md", year, marker));
        await using var browser = await PortalBrowser.LaunchAsync();
        var page = browser.Page;
        var writes = new List<string?>();
        await page.RouteAsync("**/api/**", async route =>
        {
            if (route.Request.Method == "GET")
            {
                await route.ContinueAsync();
                return;
            }

            var given = route.Request.Headers.GetValueOrDefault("x-functions-key");
            writes.Add(given);
            if (given == key)
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 401 });
            }
        });
        await page.GotoAsync(new Uri(platform.Platform.BaseAddress, $"?year={year}").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        // Act: the first withdrawal asks for the key; the second one sends it at once.
        foreach (var id in new[] { first, second })
        {
            await page.Locator($"#documents tr[data-id='{id}']").GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
            var form = page.Locator($"#documents tr.document-form[data-for='{id}']");
            await form.GetByLabel("Your name").FillAsync("Reviewer with a key");
            await form.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
            if (id == first)
            {
                await page.Locator("#key-dialog").GetByLabel("Function key").FillAsync(key);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("6-function-key.png"), FullPage = false });
                await page.Locator("#key-dialog").GetByRole(AriaRole.Button, new() { Name = "Send with this key" }).ClickAsync();
            }

            await page.WaitForSelectorAsync($"#documents tr[data-id='{id}'] td.status-Withdrawn");
        }

        // Assert: refused once without the key, then every write with it; both withdrawn.
        Assert.Equal([null, key, key], writes);
        foreach (var id in new[] { first, second })
        {
            var stored = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{id}", ApiJson.Options);
            Assert.Equal((DocumentStatus.Withdrawn, "Reviewer with a key"), (stored!.Status, stored.Withdrawal!.By));
        }
    }

    [ChromiumFact]
    public async Task ShowsValuesAsText_When_TheApiGivesMarkupWhereItGivesCodesIdsAndStatuses()
    {
        // Arrange: the API's answers for a year replaced, as a row written straight into storage could make them, with
        // markup in a document's id and status and in a paragraph's action lines: values the page writes into its markup.
        const int year = 2191;
        const string markup = "<img src=x onerror=\"window.injected=true\">";
        await using var browser = await PortalBrowser.LaunchAsync();
        var page = browser.Page;
        await page.RouteAsync($"**/api/documents?year={year}*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = System.Text.Json.JsonSerializer.Serialize(new[]
            {
                new { id = "x\" data-x=\"" + markup, fileName = "report.md", entity = "ITU", year, status = markup, paragraphCount = 1, receivedAt = "2191-01-01T00:00:00Z" },
            }),
        }));
        await page.RouteAsync($"**/api/paragraphs?year={year}*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = System.Text.Json.JsonSerializer.Serialize(new[]
            {
                new { documentId = "d" + markup, index = 0, number = "1", text = "Broadband reached the islands.", entity = "ITU", actionLines = new[] { markup } },
            }),
        }));

        // Act: the year's documents, then a search that lists the paragraph, and its review form.
        await page.GotoAsync(new Uri(platform.Platform.BaseAddress, $"?year={year}").ToString());
        await page.WaitForSelectorAsync("#documents tbody tr");
        await page.FillAsync("#search-words", "broadband");
        await page.Locator("#search").GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.WaitForSelectorAsync("#paragraphs li");
        await page.Locator("#paragraphs li").GetByRole(AriaRole.Button, new() { Name = "Correct the labels" }).ClickAsync();
        await page.WaitForSelectorAsync("#paragraphs form.review");

        // Assert: no element made of the values, which read as written.
        Assert.Equal(0, await page.Locator("#documents img, #paragraphs img").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.Equal(markup, await page.Locator("#documents tbody tr td").Nth(2).InnerTextAsync());
        Assert.Equal(markup, await page.Locator("#paragraphs li .labels").InnerTextAsync());
        Assert.Equal(markup, await page.Locator("#paragraphs form.review input[name=lines]").InputValueAsync());
    }

    [ChromiumFact]
    public async Task EntitiesChart_NamesEveryEntity_When_ThirtyContributeUnderLongNames()
    {
        // Arrange: a year's summary as the API gives it, with thirty contributing entities, some under names as long as
        // a State's ministry or a joint contribution of three bodies.
        const int year = 2109;
        var entities = Enumerable.Range(1, 30).Select(i => new
        {
            entity = i % 3 == 0
                ? $"Agence nationale des systèmes d'information de l'État, direction régionale numéro {i}"
                : $"Entity {i}",
            documents = 1,
            paragraphs = i,
            actionLines = new[] { "C2" },
        }).ToArray();
        await using var browser = await PortalBrowser.LaunchAsync();
        var page = browser.Page;
        await page.RouteAsync($"**/api/summaries/{year}", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = System.Text.Json.JsonSerializer.Serialize(new
            {
                year,
                version = "v1",
                compiledAt = "2109-01-31T00:00:00Z",
                language = "en",
                totals = new { documents = 30, contributingEntities = 30, paragraphs = 465, labelledParagraphs = 465, labelledShare = 1.0 },
                actionLines = new[] { new { code = "C2", name = "Information and communication infrastructure", paragraphs = 465, documents = 30 } },
                bodies = Array.Empty<object>(),
                entities,
                regions = Array.Empty<object>(),
                requestsToSecretaryGeneral = Array.Empty<object>(),
                international = Array.Empty<object>(),
            }),
        }));

        // Act
        await page.GotoAsync(new Uri(platform.Platform.BaseAddress, $"?year={year}").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.Locator("#entitiesChart").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("8-entities.png"), FullPage = false });
        var axis = await page.EvaluateAsync<AxisData>(
            """
            () => {
              const c = Chart.getChart('entitiesChart');
              const y = c.scales.y;
              const f = { ...Chart.defaults.font, ...(y.options.ticks.font ?? {}) };
              c.ctx.font = `${f.style ?? ''} ${f.weight ?? ''} ${f.size}px ${f.family}`;
              return { labels: y.ticks.map((t) => t.label), widest: Math.max(...y.ticks.map((t) => c.ctx.measureText(t.label).width)), room: y.width };
            }
            """);

        // Assert: a label for every entity, none wider than the axis gives it (a longer one is shortened, not cut).
        Assert.Equal(entities.Length, axis.Labels.Length);
        Assert.All(axis.Labels.Zip(entities), pair => Assert.StartsWith(pair.First.TrimEnd('…'), pair.Second.entity, StringComparison.Ordinal));
        Assert.True(axis.Widest <= axis.Room, $"The widest entity label takes {axis.Widest:F0} px where its axis gives {axis.Room:F0} px.");
    }

    private async Task<string> UploadAsync(string name, int year, string marker)
    {
        using var content = new StringContent(SampleTexts.Contribution($"{name} {marker}"));
        using var response = await platform.Http.PostAsync($"api/documents?name={name}&year={year}", content);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!.Id;
        await platform.WaitForFinalStatusAsync(id);
        return id;
    }

    private async Task<YearSummary> DemoDataAsync()
    {
        var samples = new DirectoryInfo(Path.Combine(Serverless.Local.Hosting.RepositoryPaths.Root, "samples"));
        var ids = new List<string>();
        foreach (var file in samples.EnumerateFiles().Where(f => !f.Name.Equals("README.md", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file.FullName));
            using var response = await platform.Http.PostAsync($"api/documents?name={Uri.EscapeDataString(file.Name)}&year={Year}", content);
            ids.Add((await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!.Id);
        }

        foreach (var id in ids.Distinct())
        {
            await platform.WaitForFinalStatusAsync(id);
        }

        return await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(Year);
    }

    private static string Screenshot(string name) =>
        Path.Combine(Serverless.Local.Hosting.RepositoryPaths.Root, "portal", "screenshots", name);

    /// <summary>Headless chromium with one page of the portal's size, gathering the page's script errors.</summary>
    private sealed class PortalBrowser : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;

        private PortalBrowser(IPlaywright playwright, IBrowser browser, IPage page)
        {
            (_playwright, _browser, Page) = (playwright, browser, page);
            page.PageError += (_, error) => Errors.Add(error);
        }

        public IPage Page { get; }

        public List<string> Errors { get; } = [];

        public static async Task<PortalBrowser> LaunchAsync()
        {
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            return new PortalBrowser(playwright, browser, page);
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }

    // Playwright fills these by name from the page's JSON.
    private sealed class ChartData
    {
        public string[] Labels { get; set; } = [];
        public int[] Counts { get; set; } = [];
    }

    private sealed class AxisData
    {
        public string[] Labels { get; set; } = [];
        public double Widest { get; set; }
        public double Room { get; set; }
    }

    private sealed class Point
    {
        public double X { get; set; }
        public double Y { get; set; }
    }
}
