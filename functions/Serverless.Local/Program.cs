using Serverless.Local.Cli;

var parsed = WsisCommandLine.Create().Parse(args);
return parsed.Errors.Count > 0 ? ParseErrors.Report(parsed) : await parsed.InvokeAsync();
