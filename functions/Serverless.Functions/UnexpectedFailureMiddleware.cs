using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Serverless.Functions;

/// <summary>
/// Logs any exception a function lets escape, once, with the function's name, then rethrows so the host
/// applies its retry and poison rules. Triggers themselves do not catch: the steps record expected failures.
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
            throw;
        }
    }
}
