using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Serverless.Shared.Storage;

/// <summary>
/// The three storage service clients of one account, built once from <see cref="StorageOptions"/>.
/// Queue clients encode messages in Base64, as the trigger engines expect. With a <see cref="StorageRequestCounter"/>,
/// every request the three clients send is counted.
/// </summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options, StorageRequestCounter? counter = null)
    {
        Counter = counter ?? new StorageRequestCounter();
        var blobOptions = new BlobClientOptions();
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var tableOptions = new TableClientOptions();
        blobOptions.AddPolicy(Counter.PolicyFor(StorageRequestCounter.Blob), HttpPipelinePosition.PerRetry);
        queueOptions.AddPolicy(Counter.PolicyFor(StorageRequestCounter.Queue), HttpPipelinePosition.PerRetry);
        tableOptions.AddPolicy(Counter.PolicyFor(StorageRequestCounter.Table), HttpPipelinePosition.PerRetry);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Blobs = new BlobServiceClient(options.ConnectionString, blobOptions);
            Queues = new QueueServiceClient(options.ConnectionString, queueOptions);
            Tables = new TableServiceClient(options.ConnectionString, tableOptions);
            return;
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        Blobs = new BlobServiceClient(new Uri($"https://{options.AccountName}.blob.core.windows.net"), credential, blobOptions);
        Queues = new QueueServiceClient(new Uri($"https://{options.AccountName}.queue.core.windows.net"), credential, queueOptions);
        Tables = new TableServiceClient(new Uri($"https://{options.AccountName}.table.core.windows.net"), credential, tableOptions);
    }

    /// <summary>Counts every request these clients send.</summary>
    public StorageRequestCounter Counter { get; }

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
