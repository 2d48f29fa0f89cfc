using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Serverless.Shared.Storage;

/// <summary>
/// The three storage service clients of one account, built once from <see cref="StorageOptions"/>.
/// Queue clients encode messages in Base64, as the trigger engines expect.
/// </summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Blobs = new BlobServiceClient(options.ConnectionString);
            Queues = new QueueServiceClient(options.ConnectionString, queueOptions);
            Tables = new TableServiceClient(options.ConnectionString);
            return;
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        Blobs = new BlobServiceClient(new Uri($"https://{options.AccountName}.blob.core.windows.net"), credential);
        Queues = new QueueServiceClient(new Uri($"https://{options.AccountName}.queue.core.windows.net"), credential, queueOptions);
        Tables = new TableServiceClient(new Uri($"https://{options.AccountName}.table.core.windows.net"), credential);
    }

    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }
    public TableServiceClient Tables { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);
    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>Creates every container, queue and table of <see cref="StorageNames"/> that does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in StorageNames.Containers)
        {
            await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var queue in StorageNames.Queues)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var table in StorageNames.Tables)
        {
            await Table(table).CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
