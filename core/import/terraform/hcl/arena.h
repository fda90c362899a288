// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tw::hcl {

/**
 * Bump allocator for AST nodes and decoded strings. A parse allocates tens of thousands of tiny
 * nodes that all die together with the File, so per-node heap allocations and destructors would
 * be pure overhead. Only trivially destructible types may live here: nothing is ever destroyed.
 */
class Arena
{
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;

    void *allocate(std::size_t size, std::size_t align)
    {
        std::size_t offset = (m_used + align - 1) & ~(align - 1);
        if (!m_current || offset + size > m_capacity) {
            grow(size + align);
            offset = (m_used + align - 1) & ~(align - 1);
        }
        m_used = offset + size;
        return m_current + offset;
    }

    template<typename T, typename... Args>
    T *make(Args &&...args)
    {
        static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
        return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
    }

    template<typename T>
    T *copyArray(const T *items, std::size_t count)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if (count == 0)
            return nullptr;
        auto *out = static_cast<T *>(allocate(sizeof(T) * count, alignof(T)));
        std::memcpy(static_cast<void *>(out), items, sizeof(T) * count);
        return out;
    }

    std::string_view copyString(std::string_view text)
    {
        if (text.empty())
            return {};
        char *out = static_cast<char *>(allocate(text.size(), 1));
        std::memcpy(out, text.data(), text.size());
        return {out, text.size()};
    }

    /** Sizes the next block for about `bytes` (clamped), before the first allocation. */
    void reserve(std::size_t bytes)
    {
        const std::size_t clamped = std::min<std::size_t>(std::max<std::size_t>(bytes, 4096), kMaxBlock);
        if (!m_current)
            m_nextBlockSize = clamped;
    }

    std::size_t bytesAllocated() const { return m_total; }

private:
    static constexpr std::size_t kMaxBlock = 64 * 1024;

    void grow(std::size_t atLeast)
    {
        // Blocks double up to 64 KiB only: larger ones would be fresh mmap()s from malloc, and
        // faulting in new zeroed pages on every parse costs more than the extra mallocs.
        std::size_t size = m_nextBlockSize;
        if (size < atLeast)
            size = atLeast;
        if (m_nextBlockSize < kMaxBlock)
            m_nextBlockSize = std::min(m_nextBlockSize * 2, kMaxBlock);
        m_blocks.emplace_back(new char[size]);
        m_current = m_blocks.back().get();
        m_capacity = size;
        m_used = 0;
        m_total += size;
    }

    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_current = nullptr;
    std::size_t m_capacity = 0;
    std::size_t m_used = 0;
    std::size_t m_nextBlockSize = 8 * 1024;
    std::size_t m_total = 0;
};

} // namespace tw::hcl
