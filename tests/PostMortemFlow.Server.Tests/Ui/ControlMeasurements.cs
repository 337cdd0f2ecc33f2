using Microsoft.Playwright;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// Measures the visible form controls of a page in the browser and names each one a reader could not read whole: a
/// select narrower than its longest option's text (plus the arrow), a button whose label breaks onto a second line
/// (its height above one line-height plus padding, or its text on more than one line box), a filled text field
/// narrower than its value, or any field narrower than five characters.
/// </summary>
public static class ControlMeasurements
{
    /// <summary>Room Chromium's select keeps for its arrow inside the content box.</summary>
    public const int SelectArrow = 12;

    private const string Script = """
        (arrow) => {
          const ctx = document.createElement('canvas').getContext('2d');
          const fontOf = cs => `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const visible = e => e.offsetParent !== null && e.getClientRects().length > 0 && !e.closest('.sr-only');
          const name = e => e.id || e.getAttribute('aria-label') || e.name || (e.textContent || '').trim().slice(0, 40);
          const inner = (e, cs) => e.getBoundingClientRect().width - ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth']
            .reduce((sum, p) => sum + parseFloat(cs[p]), 0);
          const problems = [];
          for (const s of document.querySelectorAll('main select')) {
            if (!visible(s)) continue;
            const cs = getComputedStyle(s); ctx.font = fontOf(cs);
            const longest = Math.max(0, ...[...s.options].map(o => ctx.measureText(o.text).width));
            const room = inner(s, cs);
            if (room < longest + arrow) problems.push(`select ${name(s)}: ${room.toFixed(1)}px for option text of ${longest.toFixed(1)}px (+${arrow}px arrow)`);
          }
          for (const b of document.querySelectorAll('main button')) {
            if (!visible(b)) continue;
            const cs = getComputedStyle(b);
            const line = cs.lineHeight === 'normal' ? parseFloat(cs.fontSize) * 1.25 : parseFloat(cs.lineHeight);
            const chrome = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, p) => sum + parseFloat(cs[p]), 0);
            const height = b.getBoundingClientRect().height;
            const range = document.createRange(); range.selectNodeContents(b);
            const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
            if (height > line + chrome + 2 || lines > 1 || b.scrollWidth > b.clientWidth + 1)
              problems.push(`button ${name(b)}: ${lines} line(s), ${height.toFixed(1)}px high for a line of ${line.toFixed(1)}px + ${chrome.toFixed(1)}px`);
          }
          for (const f of document.querySelectorAll('main input:not([type=hidden]):not([type=checkbox]), main textarea')) {
            if (!visible(f)) continue;
            const cs = getComputedStyle(f); ctx.font = fontOf(cs);
            const room = inner(f, cs);
            const five = ctx.measureText('00000').width;
            if (room < five) problems.push(`field ${name(f)}: ${room.toFixed(1)}px, under five characters (${five.toFixed(1)}px)`);
            if (f.tagName === 'INPUT' && f.value && ctx.measureText(f.value).width > room + 1 && f.value.length <= 24)
              problems.push(`field ${name(f)}: ${room.toFixed(1)}px for its value "${f.value}" of ${ctx.measureText(f.value).width.toFixed(1)}px`);
          }
          return problems;
        }
        """;

    /// <summary>What the page's controls hide; empty when every control is readable whole.</summary>
    public static Task<string[]> ProblemsAsync(IPage page) => page.EvaluateAsync<string[]>(Script, SelectArrow);

    /// <summary>How many visible selects, buttons and fields were measured (so a test can tell it measured something).</summary>
    public static Task<int[]> CountAsync(IPage page) => page.EvaluateAsync<int[]>("""
        () => ['main select', 'main button', 'main input:not([type=hidden]):not([type=checkbox]), main textarea']
          .map(q => [...document.querySelectorAll(q)].filter(e => e.offsetParent !== null && !e.closest('.sr-only')).length)
        """);
}
