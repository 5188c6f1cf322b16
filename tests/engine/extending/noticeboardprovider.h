#pragma once

#include "context/contextprovider.h"

// The worked example of docs/extending.md (a context provider, step by step): TeamTime's info board as the Office
// Manager sees it (priority 45, the communication band), so that it knows what everyone has already been told.
// Data: now, notices[] {noticeId, title, category, pinned, postedBy, postedAt, ageDays} — active notices, pinned
// first, newest first, at most kMaxNotices. Attention: staleNotices, pinned notices older than kStaleDays (worth a
// manager's look). Titles are written by staff: fenced as data.
class NoticeBoardProvider final : public ContextProvider
{
public:
    static constexpr int kMaxNotices = 10;
    static constexpr int kStaleDays = 30;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 45; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
};
