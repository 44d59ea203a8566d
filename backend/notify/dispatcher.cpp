// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "desktopnotifier.h"
#include "secrets/secretstore.h"
#include "smtpsender.h"
#include "webhook.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace pgpilot {

namespace {

int rank(const NotifyChannel* channel)
{
    static const QStringList order {
        QStringLiteral("webhook"), QStringLiteral("smtp"), QStringLiteral("desktop")};
    return int(order.indexOf(channel->id()));
}

} // namespace

NotifyDispatcher::NotifyDispatcher(QObject* parent)
    : QObject(parent)
{ }

void NotifyDispatcher::setPolicy(const NotifyPolicy& policy)
{
    m_policy = policy;
    for (auto& [cluster, tracker] : m_trackers)
        tracker.setPolicy(policy);
}

void NotifyDispatcher::addChannel(NotifyChannel* channel)
{
    channel->setParent(this);
    m_channels << channel;
    std::stable_sort(m_channels.begin(), m_channels.end(),
        [](const QPointer<NotifyChannel>& a, const QPointer<NotifyChannel>& b) { return rank(a) < rank(b); });
    watch(channel);
}

void NotifyDispatcher::clearChannels()
{
    ++m_generation;
    for (const QPointer<NotifyChannel>& c : std::as_const(m_channels)) {
        if (c) {
            m_tests.remove(c);
            c->deleteLater();
        }
    }
    m_channels.clear();
}

QList<NotifyChannel*> NotifyDispatcher::channels() const
{
    QList<NotifyChannel*> out;
    for (const QPointer<NotifyChannel>& c : m_channels) {
        if (c)
            out << c;
    }
    return out;
}

void NotifyDispatcher::watch(NotifyChannel* channel)
{
    const auto answered = [this, channel](quint64 id, bool ok, const QString& text) {
        if (ok)
            Q_EMIT delivered(channel->id(), text);
        else
            Q_EMIT failed(channel->id(), text);
        const auto it = m_tests.find(channel);
        if (it == m_tests.end() || it.value() != id)
            return;
        m_tests.erase(it);
        m_testsOk = m_testsOk && ok;
        Q_EMIT testResult(channel->id(), ok, text);
        if (m_tests.isEmpty())
            Q_EMIT testFinished(m_testsOk);
    };
    connect(channel, &NotifyChannel::delivered, this,
        [answered](quint64 id, const QString& detail) { answered(id, true, detail); });
    connect(channel, &NotifyChannel::failed, this,
        [answered](quint64 id, const QString& error) { answered(id, false, error); });
}

void NotifyDispatcher::configure(const NotifyConfig& config, SecretStore* secrets,
    std::function<void(const QList<ChannelProblem>& problems)> done)
{
    clearChannels();
    setPolicy(config.policy);
    const quint64 generation = m_generation;
    struct State
    {
        QList<ChannelProblem> problems;
        int remaining = 1;
    };
    auto state = std::make_shared<State>();
    QPointer<NotifyDispatcher> self(this);
    const auto finishOne = [state, done, self] {
        if (--state->remaining == 0 && self)
            done(state->problems);
    };
    // A channel made after a secret was read counts only if no newer configure() came since.
    const auto current = [self, generation] {
        return self && self->m_generation == generation;
    };

    if (config.webhook) {
        const auto make = [this, state](const QString& url) {
            const QUrl parsed(url, QUrl::StrictMode);
            if (const QString problem = WebhookSender::urlProblem(parsed); !problem.isEmpty())
                state->problems << ChannelProblem {QStringLiteral("webhook"), problem};
            else
                addChannel(new WebhookChannel(new WebhookSender(parsed)));
        };
        if (!config.webhook->url.isEmpty()) {
            make(config.webhook->url);
        } else if (!secrets) {
            state->problems << ChannelProblem {
                QStringLiteral("webhook"), tr("no keychain to read %1 from").arg(config.webhook->urlSecret)};
        } else {
            ++state->remaining;
            const QString key = config.webhook->urlSecret;
            secrets->read(key, [state, make, finishOne, current, key](const SecretStore::Result& r) {
                if (current()) {
                    const QString url = QString::fromUtf8(r.value).trimmed();
                    if (r.status != SecretStore::Status::Ok || url.isEmpty())
                        state->problems << ChannelProblem {QStringLiteral("webhook"),
                            tr("its URL is not in the keychain entry %1%2")
                                .arg(key,
                                    r.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.error))};
                    else
                        make(url);
                }
                finishOne();
            });
        }
    }
    if (config.smtp) {
        const auto make = [this, state](const SmtpSettings& settings) {
            if (const QString problem = SmtpSender::settingsProblem(settings); !problem.isEmpty())
                state->problems << ChannelProblem {QStringLiteral("smtp"), problem};
            else
                addChannel(new SmtpChannel(new SmtpSender(settings)));
        };
        const SmtpSettings settings = config.smtp->settings;
        if (settings.user.isEmpty()) {
            make(settings);
        } else if (!secrets) {
            state->problems << ChannelProblem {
                QStringLiteral("smtp"), tr("no keychain to read the password from")};
        } else {
            ++state->remaining;
            const QString key = config.smtp->passwordSecret;
            secrets->read(
                key, [state, make, finishOne, current, key, settings](const SecretStore::Result& r) {
                    if (current()) {
                        if (r.status != SecretStore::Status::Ok || r.value.isEmpty()) {
                            state->problems << ChannelProblem {QStringLiteral("smtp"),
                                tr("the password is not in the keychain entry %1%2")
                                    .arg(key,
                                        r.error.isEmpty() ? QString()
                                                          : QStringLiteral(" (%1)").arg(r.error))};
                        } else {
                            SmtpSettings withPassword = settings;
                            withPassword.password = r.value;
                            make(withPassword);
                        }
                    }
                    finishOne();
                });
        }
    }
    if (config.desktop) {
        auto* desktop = new DesktopNotifier;
        // Kept even without a bus: each message then fails saying why (the test shows it).
        if (const QString problem = desktop->problem(); !problem.isEmpty())
            state->problems << ChannelProblem {QStringLiteral("desktop"), problem};
        addChannel(desktop);
    }
    finishOne();
}

void NotifyDispatcher::feed(const ClusterSnapshot& snapshot)
{
    auto it = m_trackers.find(snapshot.cluster);
    if (it == m_trackers.end())
        it = m_trackers.emplace(snapshot.cluster, IncidentTracker(m_policy)).first;
    for (const Notification& n : it->second.feed(snapshot))
        dispatch(n);
}

void NotifyDispatcher::dispatch(const Notification& notification)
{
    Q_EMIT this->notification(notification);
    for (NotifyChannel* channel : channels())
        channel->send(notification);
}

int NotifyDispatcher::sendTest(const QString& cluster)
{
    const QList<NotifyChannel*> all = channels();
    m_tests.clear();
    m_testsOk = true;
    if (all.isEmpty()) {
        Q_EMIT testFinished(false);
        return 0;
    }
    const Notification test = makeTestNotification(cluster, QDateTime::currentDateTimeUtc());
    for (NotifyChannel* channel : all)
        m_tests.insert(channel, channel->send(test));
    return int(all.size());
}

void NotifyDispatcher::limitAttempts(int attempts)
{
    for (NotifyChannel* channel : channels()) {
        if (auto* smtp = qobject_cast<SmtpChannel*>(channel))
            smtp->sender()->setMaxAttempts(attempts);
        else if (auto* hook = qobject_cast<WebhookChannel*>(channel))
            hook->sender()->setMaxAttempts(attempts);
    }
}

int NotifyDispatcher::pending() const
{
    int n = 0;
    for (const NotifyChannel* c : channels())
        n += c->pending();
    return n;
}

} // namespace pgpilot
