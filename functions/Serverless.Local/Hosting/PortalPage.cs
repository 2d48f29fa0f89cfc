using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Serverless.Shared.Api;

namespace Serverless.Local.Hosting;

/// <summary>
/// Serves the portal page (portal/dist: the page and the chart library it was built with) at <c>/</c>. When it has not
/// been built, <c>/</c> says how to build it instead of an empty 404.
/// </summary>
internal static class PortalPage
{
    public static WebApplication UsePortalPage(this WebApplication app, string folder)
    {
        if (File.Exists(Path.Combine(folder, "index.html")))
        {
            var files = new PhysicalFileProvider(folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            return app;
        }

        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/" && HttpMethods.IsGet(context.Request.Method))
            {
                await ApiProblem.WithStatus(404, $"The portal page is not built in {folder}: ./wsis run builds it (or 'npm ci && node build.mjs' in portal/).")
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }
}
