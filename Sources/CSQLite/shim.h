#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: it tells SQLite to copy bound text.
static inline sqlite3_destructor_type panel_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#ifdef __linux__
#include <sys/vfs.h>
#endif

// The file system type of a path (statfs's f_type, linux/magic.h), or -1 when unknown:
// the store refuses network file systems, where SQLite's write-ahead log is not safe.
static inline long long panel_filesystem_type(const char *path) {
#ifdef __linux__
    struct statfs status;
    return statfs(path, &status) == 0 ? (long long)status.f_type : -1;
#else
    return -1;
#endif
}

// sqlite3_config is variadic, which Swift cannot call. A statement's journal (the pages it
// changed, kept so that it alone can be undone) stays in memory up to `bytes` before SQLite
// moves it to a temporary file; must run before the first database is opened.
static inline int panel_sqlite_statement_journal_in_memory(int bytes) {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, bytes);
}
