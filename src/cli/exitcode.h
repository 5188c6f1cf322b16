#pragma once

// Conventional exit codes: 0 success, 1 the work failed or a check did not pass, 2 the command line was wrong.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};
