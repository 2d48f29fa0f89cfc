using Serverless.Shared.Pipeline;

namespace Serverless.Shared.Api;

/// <summary>What correcting and withdrawing a document need (<see cref="DocumentManagementApi"/>).</summary>
public sealed class DocumentManagementServices(DocumentCorrector corrector, DocumentWithdrawer withdrawer)
{
    public DocumentCorrector Corrector { get; } = corrector;
    public DocumentWithdrawer Withdrawer { get; } = withdrawer;
}
