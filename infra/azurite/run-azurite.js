// Starts the pinned Azurite with the arguments given, and stops it as soon as the program that started it goes
// away: that program holds our stdin open, so its end (exit, crash or kill -9 alike) closes stdin and we exit.
// This keeps an emulator from being left running after a test run is aborted.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
require("azurite/dist/src/azurite.js");
