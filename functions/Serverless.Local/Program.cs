using Serverless.Local.Cli;

return await WsisCommandLine.Create().Parse(args).InvokeAsync();
