// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpanswer.h"

#include <QIODevice>

namespace pgpilot {

namespace {

// A buffer that grew past this for one answer is given back after it.
constexpr qsizetype kKeptCapacity = 256 * 1024;
// A chunk's size line with its extensions.
constexpr qsizetype kMaxChunkLine = 1024;

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Calls f with every element of a comma-separated header value, trimmed, empty ones skipped.
template <typename F> void forEachToken(QByteArrayView value, F f)
{
    qsizetype from = 0;
    while (from <= value.size()) {
        qsizetype comma = value.indexOf(',', from);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView token = value.sliced(from, comma - from).trimmed();
        if (!token.isEmpty())
            f(token);
        from = comma + 1;
    }
}

// "HTTP/1.x SP 3DIGIT [SP reason]"
bool parseStatusLine(QByteArrayView line, int* status, bool* http11)
{
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' '
        || (line.size() > 12 && line[12] != ' '))
        return false;
    if (line[7] < '0' || line[7] > '9')
        return false;
    int code = 0;
    for (int i = 9; i < 12; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return false;
        code = code * 10 + (line[i] - '0');
    }
    if (code < 100)
        return false;
    *status = code;
    *http11 = line[7] != '0';
    return true;
}

// Content-Length: digits only; a list ("12, 12") only of equal values. -1: not valid.
qint64 parseContentLength(QByteArrayView value)
{
    qint64 length = -1;
    bool valid = true;
    forEachToken(value, [&](QByteArrayView token) {
        qint64 n = 0;
        if (token.size() > 18)
            valid = false;
        for (char c : token) {
            if (c < '0' || c > '9') {
                valid = false;
                break;
            }
            n = n * 10 + (c - '0');
        }
        if (length >= 0 && n != length)
            valid = false;
        length = n;
    });
    return valid ? length : -1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// What a server sent, for an error text: printable ASCII only, at most 40 characters.
QString quoted(QByteArrayView bytes)
{
    QString text;
    for (char c : bytes.first(qMin<qsizetype>(bytes.size(), 40)))
        text += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?');
    return text;
}

void reuse(QByteArray* buffer)
{
    if (buffer->capacity() > kKeptCapacity)
        *buffer = QByteArray();
    else
        buffer->resize(0);
}

} // namespace

void HttpAnswerReader::start(qint64 maxBodyBytes)
{
    reuse(&m_in);
    reuse(&m_body);
    m_inPos = 0;
    m_lineScan = 0;
    m_error.clear();
    m_head = {};
    m_maxBody = maxBodyBytes;
    m_remaining = 0;
    m_trailerBytes = 0;
    m_phase = Phase::Head;
    m_state = State::Reading;
    m_untilClose = false;
    m_started = false;
}

bool HttpAnswerReader::keepAlive() const
{
    if (m_state != State::Complete || m_untilClose || m_inPos < m_in.size())
        return false;
    // Transfer-Encoding with Content-Length: answered, but the connection is not to be trusted.
    if (m_head.transferEncoding && m_head.contentLength >= 0)
        return false;
    return m_head.http11 ? !m_head.close : m_head.keepAlive;
}

HttpAnswerReader::State HttpAnswerReader::read(QIODevice* device)
{
    const qint64 available = device->bytesAvailable();
    if (available <= 0 || m_state != State::Reading)
        return m_state;
    m_started = true;
    const qsizetype before = m_in.size();
    m_in.resize(before + available);
    const qint64 got = device->read(m_in.data() + before, available);
    m_in.resize(before + qMax<qint64>(got, 0));
    return parse();
}

HttpAnswerReader::State HttpAnswerReader::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty() || m_state != State::Reading)
        return m_state;
    m_started = true;
    m_in.append(bytes);
    return parse();
}

HttpAnswerReader::State HttpAnswerReader::closed()
{
    if (m_state == State::Reading && m_phase == Phase::Body && m_untilClose)
        return done(State::Complete);
    return m_state;
}

HttpAnswerReader::State HttpAnswerReader::done(State state)
{
    m_state = state;
    if (state != State::Complete)
        m_body.resize(0);
    return state;
}

HttpAnswerReader::State HttpAnswerReader::malformed(const QString& error)
{
    m_error = error;
    return done(State::Malformed);
}

HttpAnswerReader::State HttpAnswerReader::parse()
{
    State state = m_phase == Phase::Head ? parseHead() : State::Reading;
    if (state == State::Reading && m_phase == Phase::Body) {
        if (!takeBody(m_untilClose ? m_in.size() - m_inPos : m_remaining))
            return done(State::TooLarge);
        if (!m_untilClose && m_remaining == 0)
            return done(State::Complete);
    } else if (state == State::Reading && m_phase != Phase::Head) {
        state = parseChunks();
    }
    if (state != State::Reading)
        return state;
    // Keep only what is not read yet (a part of a line).
    if (m_inPos == m_in.size()) {
        m_in.resize(0);
        m_lineScan = 0;
    } else if (m_inPos > 0) {
        m_in.remove(0, m_inPos);
        m_lineScan = qMax<qsizetype>(0, m_lineScan - m_inPos);
    }
    m_inPos = 0;
    return State::Reading;
}

bool HttpAnswerReader::nextLine(QByteArrayView* line)
{
    const qsizetype newline = m_in.indexOf('\n', qMax(m_inPos, m_lineScan));
    if (newline < 0) {
        m_lineScan = m_in.size();
        return false;
    }
    *line = QByteArrayView(m_in).sliced(m_inPos, newline - m_inPos);
    m_inPos = newline + 1;
    return true;
}

HttpAnswerReader::State HttpAnswerReader::parseHead()
{
    const QString tooLong = tr("the answer's header is longer than %1 KiB");
    QByteArrayView line;
    while (nextLine(&line)) {
        m_head.bytes += line.size() + 1;
        if (m_head.bytes > kMaxHeadBytes)
            return malformed(tooLong.arg(kMaxHeadBytes / 1024));
        if (line.endsWith('\r'))
            line.chop(1);
        const State state = line.isEmpty() && m_head.statusLine ? headEnd() : headLine(line);
        if (state != State::Reading || m_phase != Phase::Head)
            return state;
    }
    if (m_head.bytes + (m_in.size() - m_inPos) <= kMaxHeadBytes)
        return State::Reading;
    if (!m_head.statusLine) // a line without end: whatever this is, it is not HTTP
        return malformed(tr("not an HTTP answer (it began with \"%1\")")
                             .arg(quoted(QByteArrayView(m_in).sliced(m_inPos))));
    return malformed(tooLong.arg(kMaxHeadBytes / 1024));
}

HttpAnswerReader::State HttpAnswerReader::headLine(QByteArrayView line)
{
    if (!m_head.statusLine) {
        if (!parseStatusLine(line, &m_head.status, &m_head.http11))
            return malformed(tr("not an HTTP answer (it began with \"%1\")").arg(quoted(line)));
        m_head.statusLine = true;
        return State::Reading;
    }
    if (line.startsWith(' ') || line.startsWith('\t'))
        return State::Reading; // the continuation of a folded header (obsolete): none that we read
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return malformed(tr("not an HTTP answer (a header line without a name: \"%1\")").arg(quoted(line)));
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (sameName(name, "Content-Length")) {
        const qint64 length = parseContentLength(value);
        if (length < 0 || (m_head.contentLength >= 0 && length != m_head.contentLength))
            return malformed(tr("the answer's Content-Length is not a length: \"%1\"").arg(quoted(value)));
        m_head.contentLength = length;
    } else if (sameName(name, "Transfer-Encoding")) {
        m_head.transferEncoding = true;
        bool other = false; // a coding we cannot undo (gzip, ...), maybe under the chunks
        forEachToken(value, [this, &other](QByteArrayView coding) {
            m_head.chunked = sameName(coding, "chunked");
            other = other || !m_head.chunked;
        });
        if (!m_head.chunked || other)
            return malformed(
                tr("the answer uses a transfer encoding pgpilot does not read: %1").arg(quoted(value)));
    } else if (sameName(name, "Connection")) {
        forEachToken(value, [this](QByteArrayView option) {
            if (sameName(option, "close"))
                m_head.close = true;
            else if (sameName(option, "keep-alive"))
                m_head.keepAlive = true;
        });
    } else if (sameName(name, "Content-Encoding") && !value.isEmpty() && !sameName(value, "identity")) {
        return malformed(tr("the answer is compressed (%1) although pgpilot asked for it uncompressed")
                             .arg(quoted(value)));
    }
    return State::Reading;
}

HttpAnswerReader::State HttpAnswerReader::headEnd()
{
    if (m_head.status < 200) {
        m_head = {}; // an interim answer (100 Continue): the real one follows
        return State::Reading;
    }
    if (m_head.status == 204 || m_head.status == 304)
        return done(State::Complete); // never a body
    if (m_head.transferEncoding) {
        m_phase = Phase::ChunkSize;
        return State::Reading;
    }
    if (m_head.contentLength == 0)
        return done(State::Complete);
    if (m_head.contentLength > m_maxBody)
        return done(State::TooLarge); // announced too long: not read at all
    m_untilClose = m_head.contentLength < 0;
    m_remaining = m_head.contentLength;
    m_phase = Phase::Body;
    return State::Reading;
}

bool HttpAnswerReader::takeBody(qint64 most)
{
    const qint64 n = qMin<qint64>(most, m_in.size() - m_inPos);
    if (m_body.size() + n > m_maxBody)
        return false;
    m_body.append(m_in.constData() + m_inPos, n);
    m_inPos += n;
    m_remaining -= n;
    return true;
}

HttpAnswerReader::State HttpAnswerReader::parseChunks()
{
    const qsizetype trailerLimit = kMaxHeadBytes;
    QByteArrayView line;
    for (;;) {
        switch (m_phase) {
        case Phase::ChunkSize: {
            if (!nextLine(&line)) {
                if (m_in.size() - m_inPos > kMaxChunkLine)
                    return malformed(
                        tr("a malformed chunked answer: a chunk size line over %1 bytes").arg(kMaxChunkLine));
                return State::Reading;
            }
            if (line.size() > kMaxChunkLine)
                return malformed(
                    tr("a malformed chunked answer: a chunk size line over %1 bytes").arg(kMaxChunkLine));
            if (line.endsWith('\r'))
                line.chop(1);
            // chunk-size [ chunk-ext ]: hex digits, then nothing, ';' or whitespace
            qint64 size = 0;
            qsizetype digits = 0;
            for (; digits < line.size() && hexValue(line[digits]) >= 0; ++digits) {
                if (digits >= 15)
                    return malformed(tr("a malformed chunked answer: a chunk size of more than 15 digits"));
                size = size * 16 + hexValue(line[digits]);
            }
            if (digits == 0
                || (digits < line.size() && line[digits] != ';' && line[digits] != ' '
                    && line[digits] != '\t'))
                return malformed(
                    tr("a malformed chunked answer: the chunk size line \"%1\"").arg(quoted(line)));
            if (size == 0) {
                m_phase = Phase::Trailer;
            } else if (m_body.size() + size > m_maxBody) {
                return done(State::TooLarge);
            } else {
                m_remaining = size;
                m_phase = Phase::ChunkData;
            }
            break;
        }
        case Phase::ChunkData:
            takeBody(m_remaining); // within the cap: checked against the chunk's size
            if (m_remaining > 0)
                return State::Reading;
            m_phase = Phase::ChunkDataEnd;
            break;
        case Phase::ChunkDataEnd: {
            const qsizetype left = m_in.size() - m_inPos;
            if (left == 0 || (left == 1 && m_in.at(m_inPos) == '\r'))
                return State::Reading;
            if (m_in.at(m_inPos) == '\n')
                m_inPos += 1;
            else if (m_in.at(m_inPos) == '\r' && m_in.at(m_inPos + 1) == '\n')
                m_inPos += 2;
            else
                return malformed(tr("a malformed chunked answer: no line end after a chunk's data"));
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailer:
            if (!nextLine(&line)) {
                if (m_trailerBytes + (m_in.size() - m_inPos) > trailerLimit)
                    return malformed(
                        tr("the answer's trailer is longer than %1 KiB").arg(trailerLimit / 1024));
                return State::Reading;
            }
            m_trailerBytes += line.size() + 1;
            if (m_trailerBytes > trailerLimit)
                return malformed(tr("the answer's trailer is longer than %1 KiB").arg(trailerLimit / 1024));
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                return done(State::Complete);
            break; // a trailer field: none that we read
        default:
            return State::Reading;
        }
    }
}

} // namespace pgpilot
