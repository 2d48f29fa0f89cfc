using System.ComponentModel.DataAnnotations;

namespace Serverless.Shared.Storage;

/// <summary>
/// How to reach Azure Storage. Bound from the <c>AzureWebJobsStorage</c> setting: either a connection string
/// (<c>UseDevelopmentStorage=true</c> locally) or, in Azure, the identity-based form
/// <c>AzureWebJobsStorage__accountName</c> (+ optional <c>__credential</c>, <c>__clientId</c>).
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>A storage connection string. Empty when the identity-based settings are used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The storage account name, for identity-based access.</summary>
    public string? AccountName { get; set; }

    /// <summary>The client id of a user-assigned managed identity, for identity-based access.</summary>
    public string? ClientId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(AccountName))
        {
            yield return new ValidationResult(
                $"Set '{StorageNames.ConnectionSetting}' to a storage connection string, or " +
                $"'{StorageNames.ConnectionSetting}__accountName' for identity-based access.",
                [nameof(ConnectionString), nameof(AccountName)]);
        }
    }
}
