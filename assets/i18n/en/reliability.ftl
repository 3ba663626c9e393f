## reliability
store-is-directory = { $path } is a directory, not a database file — give --db the path of a file, for example { $path }/desk.sqlite3
store-read-only = { $path } cannot be written here (the file or its folder is read-only): commands that only read (queue, overdue, who, plan, export, check, backup) still work; to log or change anything, copy the file somewhere you can write or fix its permissions
store-damaged = { $path } is damaged ({ $detail }) and was not opened for writing; nothing in it was changed. Run `pressdesk check --db { $path }` for the details, then restore the newest backup (see "Reliability" in the README); commands that only read still show what can be read
store-damaged-open = { $path } is damaged ({ $detail }): nothing more is saved to it, and what you type stays in its window. Copy out what you need, quit, run `pressdesk check --db { $path }`, then restore the newest backup (see "Reliability" in the README)
store-damaged-reading = warning: { $path } is damaged; showing what can still be read and writing nothing — run `pressdesk check`
check-ok = { $path }: no damage found ({ $size })
check-damaged = { $path } is DAMAGED: { $count } { $count ->
    [one] problem
   *[other] problems
  } found; nothing was changed. Restore the newest backup (see "Reliability" in the README), or copy out what can be read with `pressdesk export json`.
backup-written = backup written to { $path } ({ $size }); restore it by copying it over the database while pressdesk is closed
backup-exists = { $path } exists; give a new file name (a backup never overwrites a file)
backup-failed = the backup to { $path } failed: { $reason }; nothing was left behind
backups-failed = warning: the daily backup beside { $path } failed ({ $reason }); your data is untouched
backups-finishing = finishing today's backup copy of the database…
cli-cmd-check = Check the database for damage: prints a plain verdict and exits with 0 when it is sound, 1 when it is damaged. Never changes the file.
cli-cmd-backup = Copy the database to FILE (SQLite's online backup: a consistent copy even while others write), readable by you only.
cli-arg-backup-file = The new file to write the copy to.
when-out-of-range = “{ $text }” is too far from today: a date from { $from } to { $to } is expected.
span-too-long = “{ $text }” is too long a span.
cli-arg-not-utf8 = the argument “{ $arg }” is not valid UTF-8 text; retype it, or set the terminal's encoding to UTF-8
cli-length-too-long = “{ $value }” is too long for an event; the longest is { $max }.

# SQLite stayed locked past the wait.
store-busy = the database is busy: another pressdesk has been writing to it for more than 5 seconds (a long import?). Nothing was changed; try again in a moment.

# Saves in the interface that wait for another process's lock.
saves-pending = saving { $count ->
    [one] 1 record
   *[other] { $count } records
  }: waiting for another pressdesk to finish writing
saves-pending-quit = quitting once { $count ->
    [one] 1 record is
   *[other] { $count } records are
  } saved (another pressdesk is writing)…
saves-quit-cancelled = not quitting: a save failed, and what was typed is back in its window
saves-failed-behind = a save failed: its window comes back with what was typed when you close this one
error-writer-stopped = the thread that writes to the database stopped; nothing was saved — copy what you typed and restart pressdesk
alerts-interface-look-failed = looking for owed alerts failed: { $reason }
store-upgrading = upgrading { $path } to this version of pressdesk; the file as it was is kept as { $backup } first (a large file takes a minute or two)…
backups-making = making today's backup copy of the database as { $path } before writing…
