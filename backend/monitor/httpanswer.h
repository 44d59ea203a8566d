// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace pgpilot {

// Reads one HTTP/1.x answer as its bytes arrive: the status line, the headers (at most
// kMaxHeadBytes), interim 1xx answers skipped, and the body framed by Content-Length, by chunked
// transfer encoding (extensions and trailers read past) or by the end of the connection, up to a
// cap. No socket, no allocation once its buffers have grown to the answers' size: start() keeps them.
class HttpAnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(pgpilot::HttpAnswerReader)
public:
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;

    enum class State
    {
        Reading,
        Complete,
        TooLarge, // the body, announced or received, is longer than the cap: stop reading
        Malformed // error() says what
    };

    // A new answer, its body at most maxBodyBytes.
    void start(qint64 maxBodyBytes);
    // Takes everything device holds now and reads on.
    State read(QIODevice* device);
    State feed(QByteArrayView bytes);
    // The connection ended: an answer whose body runs until then is complete.
    State closed();

    State state() const { return m_state; }
    bool started() const { return m_started; } // a byte of the answer arrived
    int status() const { return m_head.status; } // once the head is read
    const QByteArray& body() const { return m_body; }
    void clearBody() { m_body.resize(0); }
    QString error() const { return m_error; }
    // Complete, and the connection may carry another request: HTTP/1.1 without "Connection: close"
    // (HTTP/1.0 with "Connection: keep-alive"), a body not ended by the close, nothing after it.
    bool keepAlive() const;

private:
    enum class Phase
    {
        Head,
        Body, // Content-Length, or until the connection ends
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailer
    };
    struct Head
    {
        qsizetype bytes = 0;
        qint64 contentLength = -1;
        int status = 0;
        bool statusLine = false;
        bool http11 = false;
        bool close = false; // Connection: close
        bool keepAlive = false; // Connection: keep-alive
        bool transferEncoding = false;
        bool chunked = false; // the last transfer coding is chunked
    };

    State parse();
    State parseHead();
    State headLine(QByteArrayView line);
    State headEnd();
    State parseChunks();
    // The next whole line from m_in (its line end cut), or false when it has not all arrived.
    bool nextLine(QByteArrayView* line);
    bool takeBody(qint64 most); // false: over the cap
    State malformed(const QString& error);
    State done(State state);

    QByteArray m_in; // received, not read yet from m_inPos on
    qsizetype m_inPos = 0;
    qsizetype m_lineScan = 0; // where the search for the current line's end goes on
    QByteArray m_body;
    QString m_error;
    Head m_head;
    qint64 m_maxBody = 0;
    qint64 m_remaining = 0; // of the body (Content-Length) or of the chunk
    qsizetype m_trailerBytes = 0;
    Phase m_phase = Phase::Head;
    State m_state = State::Reading;
    bool m_untilClose = false;
    bool m_started = false;
};

} // namespace pgpilot
