// SPDX-License-Identifier: GPL-3.0-or-later
// Monitor benchmark: CPU and memory of pgpilot polling 3 and 9 nodes every second with the
// dashboard rendering each snapshot, and the longest GUI-thread stall while one node is
// black-holed. The nodes are connections to one local PostgreSQL primary started here (plus a
// black hole: a TCP server that accepts and never answers). Prints figures; never fails on time.
#include "../monitor/pgfixture.h"
#include "clusterdashboard.h"
#include "monitor/clustermonitor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace pgpilot;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

class BlackHole : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
};

void run(const char* label, int nodes, bool blackHole, int port, int seconds)
{
    BlackHole hole;
    hole.listen(QHostAddress::LocalHost, 0);
    QList<MonitorTarget> targets;
    for (int i = 0; i < nodes; ++i)
        targets.append({QStringLiteral("pg%1").arg(i + 1), QStringLiteral("127.0.0.1"), port, 0, 0});
    if (blackHole)
        targets.last() = {QStringLiteral("pg%1").arg(nodes), QStringLiteral("127.0.0.1"), hole.serverPort(),
            hole.serverPort(), hole.serverPort()};
    MonitorOptions options; // 1 s interval, 2 s timeouts
    ClusterMonitor monitor(QStringLiteral("bench"), {}, targets, "bench-password", options);
    ClusterDashboard dashboard;
    dashboard.resize(1400, 900);
    dashboard.setMonitor(&monitor);
    dashboard.show();
    // The GUI thread's responsiveness: a 5 ms timer that should never wait much longer.
    QElapsedTimer gap;
    qint64 worstStall = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (gap.isValid())
            worstStall = qMax(worstStall, gap.elapsed() - 5);
        gap.restart();
    });
    int snapshots = 0;
    QObject::connect(&monitor, &ClusterMonitor::snapshotReady, [&] { ++snapshots; });
    monitor.start();
    // The benchmark's main loop (not nested: nothing else runs one), a few seconds at a time.
    auto runFor = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    runFor(3000);
    const double cpu0 = cpuSeconds();
    const long rss0 = rssKiB();
    snapshots = 0;
    probe.start(5);
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const double cpu = cpuSeconds() - cpu0;
    std::printf("%-34s nodes=%d  cpu=%.1f%% of one core  rss=%ld MiB (+%ld KiB over %d s)  snapshots=%d  "
                "worst GUI stall=%lld ms  history=%d samples\n",
        label, nodes, 100.0 * cpu / (double(wall.elapsed()) / 1000.0), rssKiB() / 1024, rssKiB() - rss0,
        seconds, snapshots, worstStall, int(monitor.history().size()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 20;
    PgFixture pg;
    if (!pg.setUp("bench-password")) {
        std::fprintf(stderr, "bench_monitor: cannot start PostgreSQL: %s\n", qPrintable(pg.lastOutput()));
        return 1;
    }
    run("3 nodes, 1 s poll", 3, false, pg.primary.port, seconds);
    run("9 nodes, 1 s poll", 9, false, pg.primary.port, seconds);
    run("3 nodes, one black-holed", 3, true, pg.primary.port, seconds);
    run("9 nodes, one black-holed", 9, true, pg.primary.port, seconds);
    return 0;
}
