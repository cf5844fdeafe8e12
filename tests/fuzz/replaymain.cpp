// Runs a fuzz target over files, as libFuzzer runs one input, for builds without libFuzzer:
//   replay_NAME PATH... [--optional PATH...]
// A PATH is a file or a folder (its files, recursively, in name order). Paths after --optional
// may be missing (a target with no committed findings has no regression folder). Fails when a
// required path is missing or nothing at all was run.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static QStringList filesUnder(const QString &path)
{
    if (QFileInfo(path).isFile())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    bool optional = false;
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (path == QLatin1String("--optional")) {
            optional = true;
            continue;
        }
        if (!QFileInfo::exists(path)) {
            if (optional)
                continue;
            std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
            return 2;
        }
        for (const QString &name : filesUnder(path)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(name));
                return 2;
            }
            const QByteArray bytes = file.readAll();
            std::printf("replay: %s (%lld bytes)\n", qPrintable(name), qint64(bytes.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                   std::size_t(bytes.size()));
            ++runs;
        }
    }
    if (runs == 0) {
        std::fprintf(stderr, "replay: no input to run\n");
        return 2;
    }
    std::printf("replay: %d inputs, no failure\n", runs);
    return 0;
}
