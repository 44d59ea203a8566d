// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrase.h"

#include "command.h"
#include "output.h"
#include "secrets/secretbundle.h"

#include <cerrno>
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace pgpilot::cli {

namespace {

constexpr qsizetype kMaxPassphraseBytes = 1024;

// The terminal's settings while echo is off, put back by a signal that ends the program there
// (Ctrl+C at the prompt must not leave the shell without echo).
struct termios g_savedTerminal;
const int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreTerminalAndDie(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Echo off (the line end still shown) for as long as it lives.
class NoEcho
{
public:
    NoEcho()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action
        { };
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (qsizetype i = 0; i < qsizetype(std::size(kRestoringSignals)); ++i)
            sigaction(kRestoringSignals[i], &action, &m_previous[i]);
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        for (qsizetype i = 0; i < qsizetype(std::size(kRestoringSignals)); ++i)
            sigaction(kRestoringSignals[i], &m_previous[i], nullptr);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    struct sigaction m_previous[std::size(kRestoringSignals)] {};
    bool m_active = false;
};

// One line of standard input, byte by byte with read(2) so that no stdio buffer keeps a copy.
// Nothing at end of input before any byte, or for a line longer than kMaxPassphraseBytes.
std::optional<QByteArray> readLine(QString* error)
{
    QByteArray line;
    line.reserve(kMaxPassphraseBytes + 1); // never reallocated: no stray copies left behind
    bool any = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        any = true;
        if (line.size() == kMaxPassphraseBytes) {
            wipeBytes(line);
            *error = CommandLine::tr("The passphrase is longer than %1 bytes.").arg(kMaxPassphraseBytes);
            return std::nullopt;
        }
        line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (!any) {
        *error = CommandLine::tr("No passphrase was given (standard input is empty).");
        return std::nullopt;
    }
    // The terminal's encoding to UTF-8, which the window uses too.
    QString text = QString::fromLocal8Bit(line);
    wipeBytes(line);
    QByteArray utf8 = text.toUtf8();
    text.fill(QChar(0));
    return utf8;
}

std::optional<QByteArray> askOnTerminal(const Io& io, const QString& prompt, QString* error)
{
    // Echo off before the prompt shows: what is typed after it is never echoed.
    const NoEcho quiet;
    print(io.err, prompt);
    return readLine(error);
}

} // namespace

std::optional<QByteArray> readPassphrase(
    const Io& io, const QString& prompt, const QString& againPrompt, QString* error)
{
    if (!isatty(STDIN_FILENO))
        return readLine(error);
    auto first = askOnTerminal(io, prompt, error);
    if (!first || againPrompt.isEmpty())
        return first;
    auto second = askOnTerminal(io, againPrompt, error);
    if (!second) {
        wipeBytes(*first);
        return std::nullopt;
    }
    const bool same = *first == *second;
    wipeBytes(*second);
    if (!same) {
        wipeBytes(*first);
        *error = CommandLine::tr("The two passphrases differ; nothing was written.");
        return std::nullopt;
    }
    return first;
}

} // namespace pgpilot::cli
