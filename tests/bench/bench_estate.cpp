// SPDX-License-Identifier: GPL-3.0-or-later
// The ops room's cost (issue 18): the watcher (pgpilot watch) and the estate wall (pgpilot wall)
// on N clusters at a 1 s poll, against real nodes (the lab: N copies of its worksheet, see
// bench-estate.sh). Per round: the watcher on one cluster (the baseline, in the same run), the
// watcher on all of them, then the wall on all of them drawn at 1920x1080. Each is measured for
// SECONDS after a warm-up: CPU of this process (% of one core), RSS, the bytes the history on disk
// grew by (every file under historyRoot()), extrapolated to a day, and the longest stall of the
// GUI thread (a 5 ms timer's worst lateness). Prints figures and medians; never fails on time.
//   bench_estate SECONDS ROUNDS SECRETS_FILE cluster1.json cluster2.json ...
#include "cluster/specfile.h"
#include "estatewall.h"
#include "history/historystore.h"
#include "monitor/clustermonitor.h"
#include "notify/watcher.h"
#include "secrets/filesecretstore.h"
#include "wallview.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace pgpilot;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 procValue(const char* file, const QByteArray& key)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Bytes under the history's directory (what the recorders wrote: the history on disk).
qint64 historyBytes()
{
    qint64 total = 0;
    QDirIterator it(historyRoot(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Figures
{
    double cpuPercent = 0;
    qint64 rssMiB = 0;
    double diskMiBPerDay = 0;
    qint64 worstStallMs = 0;
    int snapshots = 0;
};

// Measures whatever runs in the event loop now, for seconds.
Figures measure(int seconds, const std::function<int()>& snapshotCount, bool stallProbe)
{
    QElapsedTimer gap;
    qint64 worst = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (gap.isValid())
            worst = qMax(worst, gap.elapsed() - 5);
        gap.restart();
    });
    const int snapshots0 = snapshotCount();
    const double cpu0 = cpuSeconds();
    const qint64 written0 = historyBytes();
    QElapsedTimer wall;
    wall.start();
    if (stallProbe)
        probe.start(5);
    runFor(seconds * 1000);
    probe.stop();
    const double elapsed = double(wall.elapsed()) / 1000.0;
    Figures f;
    f.cpuPercent = 100.0 * (cpuSeconds() - cpu0) / elapsed;
    f.rssMiB = procValue("/proc/self/status", "VmRSS:") / 1024;
    f.diskMiBPerDay = double(historyBytes() - written0) / elapsed * 86400.0 / (1024.0 * 1024.0);
    f.worstStallMs = stallProbe ? worst : -1;
    f.snapshots = snapshotCount() - snapshots0;
    return f;
}

// The watcher as `pgpilot watch` makes it, on the given clusters; false when one cannot be watched.
bool watch(const QStringList& files, SecretStore* secrets, int seconds, int warmup, Figures* out)
{
    Watcher watcher(secrets, NotifyPolicy {});
    int snapshots = 0;
    int ready = 0;
    bool failed = false;
    QObject::connect(&watcher, &Watcher::snapshotReady, [&] { ++snapshots; });
    for (const QString& file : files) {
        const SpecLoadResult loaded = loadSpecFile(file);
        if (!loaded.spec) {
            std::fprintf(stderr, "bench_estate: %s: %s\n", qPrintable(file), qPrintable(loaded.error));
            return false;
        }
        watcher.addCluster(*loaded.spec, [&, file](const QString& error) {
            if (!error.isEmpty()) {
                std::fprintf(
                    stderr, "bench_estate: cannot watch %s: %s\n", qPrintable(file), qPrintable(error));
                failed = true;
            }
            ++ready;
        });
    }
    QElapsedTimer waited;
    waited.start();
    while (ready < files.size() && waited.elapsed() < 60000)
        runFor(100);
    if (failed || ready < files.size())
        return false;
    runFor(warmup * 1000);
    *out = measure(
        seconds, [&] { return snapshots; }, false);
    return true;
}

bool wall(const QStringList& files, SecretStore* secrets, int seconds, int warmup, Figures* out)
{
    EstateWall estate(files, secrets);
    estate.view()->resize(1920, 1080);
    estate.view()->show();
    QElapsedTimer waited;
    waited.start();
    while (!estate.allShown() && waited.elapsed() < 60000)
        runFor(100);
    if (!estate.allShown()) {
        std::fprintf(stderr, "bench_estate: the wall did not show every cluster within 60 s\n");
        return false;
    }
    int snapshots = 0;
    QObject::connect(estate.watcher(), &Watcher::snapshotReady, [&] { ++snapshots; });
    runFor(warmup * 1000);
    *out = measure(
        seconds, [&] { return snapshots; }, true);
    return true;
}

void print(const char* label, int round, int clusters, const Figures& f)
{
    std::printf("%-8s round %d clusters=%-2d cpu=%5.1f%% of one core  rss=%4lld MiB  disk=%7.1f MiB/day  "
                "worst GUI stall=%4lld ms  snapshots=%d\n",
        label, round, clusters, f.cpuPercent, f.rssMiB, f.diskMiBPerDay, f.worstStallMs, f.snapshots);
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 5) {
        std::fputs("usage: bench_estate SECONDS ROUNDS SECRETS_FILE cluster.json...\n", stderr);
        return 2;
    }
    const int seconds = std::atoi(argv[1]);
    const int rounds = std::atoi(argv[2]);
    FileSecretStore secrets(QString::fromLocal8Bit(argv[3]));
    QStringList files;
    for (int i = 4; i < argc; ++i)
        files << QString::fromLocal8Bit(argv[i]);
    const int warmup = 5;
    std::map<std::string, std::vector<Figures>> all;
    // BENCH_PHASES: any of "baseline watch wall" (default all three), e.g. to profile one.
    const QStringList phases = qEnvironmentVariable("BENCH_PHASES", QStringLiteral("baseline watch wall"))
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int round = 1; round <= rounds; ++round) {
        Figures f;
        if (phases.contains(QLatin1String("baseline"))) {
            if (!watch(files.mid(0, 1), &secrets, seconds, warmup, &f))
                return 1;
            print("watch", round, 1, f);
            all["watch 1 cluster (baseline)"].push_back(f);
        }
        if (phases.contains(QLatin1String("watch"))) {
            if (!watch(files, &secrets, seconds, warmup, &f))
                return 1;
            print("watch", round, int(files.size()), f);
            all["watch all clusters"].push_back(f);
        }
        if (phases.contains(QLatin1String("wall"))) {
            if (!wall(files, &secrets, seconds, warmup, &f))
                return 1;
            print("wall", round, int(files.size()), f);
            all["wall all clusters"].push_back(f);
        }
    }
    for (const auto& [label, list] : all) {
        std::vector<double> cpu, rss, disk, stall;
        for (const Figures& f : list) {
            cpu.push_back(f.cpuPercent);
            rss.push_back(double(f.rssMiB));
            disk.push_back(f.diskMiBPerDay);
            stall.push_back(double(f.worstStallMs));
        }
        std::printf(
            "median %-28s cpu=%.1f%% of one core  rss=%.0f MiB  disk=%.1f MiB/day  worst GUI stall=%.0f ms "
            "(max %.0f ms) over %d rounds of %d s\n",
            label.c_str(), median(cpu), median(rss), median(disk), median(stall),
            *std::max_element(stall.begin(), stall.end()), int(list.size()), seconds);
    }
    return 0;
}
