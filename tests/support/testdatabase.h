#pragma once

#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

// A real SQLite file in a fresh temporary folder, removed with the object.
class TestDatabase {
public:
    TestDatabase();
    bool isOpen() const { return m_db != nullptr; }
    Database &db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    QString openError() const { return m_error; }
    // Rows changed on this connection since it opened (sqlite3_total_changes).
    qint64 totalChanges() const;
    qint64 count(const QString &table) const;
    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

QByteArray readFixture(const QString &relativePath);
