using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Serverless.Shared.Api;

namespace Serverless.Functions;

/// <summary>
/// Logs any exception a function lets escape, once, with the function's name, then rethrows so the host
/// applies its retry and poison rules; an HTTP caller gets a 500 problem instead. Triggers themselves do not catch: the steps record expected failures.
/// </summary>
internal sealed class UnexpectedFailureMiddleware(ILogger<UnexpectedFailureMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Function {Function} failed (invocation {Invocation}).", context.FunctionDefinition.Name, context.InvocationId);
            if (context.GetHttpContext() is { Response.HasStarted: false } http)
            {
                // A caller over HTTP gets a problem, not the host's empty 500; there is no retry to leave it to.
                await ApiProblem.WithStatus(500, "The request failed unexpectedly; it is logged. Try again, and report it if it persists.").ExecuteAsync(http);
                return;
            }

            throw;
        }
    }
}
