using System.Text;

namespace PostMortemFlow.Integrations.Redaction;

/// <summary>
/// A read-only stream that yields its source's UTF-8 text with secrets redacted, one line at a time, so any size
/// passes through in bounded memory. A line longer than <see cref="MaxSegment"/> is cut after a delimiter
/// (comma, quote, space, brace) that no secret contains, as happens in single-line JSON.
/// </summary>
public sealed class RedactingStream(Stream source, bool leaveOpen = false) : Stream
{
    public const int MaxSegment = 1 << 20;

    private readonly Redactor _redactor = new();
    private readonly byte[] _input = new byte[MaxSegment + 4096];
    private int _inputStart, _inputEnd;
    private bool _sourceDone;
    private byte[] _output = [];
    private char[] _chars = new char[4096];
    private int _outputStart, _outputEnd;

    /// <summary>Secrets replaced so far (all of them once the stream has been read to its end).</summary>
    public long Redactions => _redactor.Count;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_outputStart == _outputEnd)
        {
            if (!NextSegment())
            {
                if (_sourceDone)
                {
                    return 0;
                }
                Fill(source.Read(_input, _inputEnd, _input.Length - _inputEnd));
            }
        }
        return Drain(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_outputStart == _outputEnd)
        {
            if (!NextSegment())
            {
                if (_sourceDone)
                {
                    return 0;
                }
                Fill(await source.ReadAsync(_input.AsMemory(_inputEnd, _input.Length - _inputEnd), cancellationToken));
            }
        }
        return Drain(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Fill(int read)
    {
        if (read == 0)
        {
            _sourceDone = true;
        }
        _inputEnd += read;
    }

    private int Drain(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _outputEnd - _outputStart);
        _output.AsSpan(_outputStart, n).CopyTo(buffer);
        _outputStart += n;
        return n;
    }

    /// <summary>Moves one line (or a long line's segment) from input to output; false when more input is needed.</summary>
    private bool NextSegment()
    {
        var pending = _input.AsSpan(_inputStart, _inputEnd - _inputStart);
        if (PassThroughClean(pending))
        {
            return true;
        }
        var newline = pending.IndexOf((byte)'\n');
        int take;
        if (newline >= 0)
        {
            take = newline + 1;
        }
        else if (pending.Length >= MaxSegment)
        {
            var cut = pending[..MaxSegment].LastIndexOfAny(",\" }"u8);
            take = cut > 0 ? cut + 1 : MaxSegment;
            // never split a UTF-8 sequence
            while (take < pending.Length && (pending[take] & 0xC0) == 0x80)
            {
                take++;
            }
        }
        else if (_sourceDone && pending.Length > 0)
        {
            take = pending.Length;
        }
        else
        {
            Compact();
            return false;
        }
        var segment = pending[..take];
        var endsLine = segment[^1] == (byte)'\n';
        if (_chars.Length < segment.Length)
        {
            _chars = new char[Math.Max(segment.Length, _chars.Length * 2)];
        }
        var decoded = _chars.AsSpan(0, Encoding.UTF8.GetChars(segment, _chars));
        if (!_redactor.MayContainSecret(decoded))
        {
            // The common case: no secret-like text, so the bytes pass through as they came.
            if (_output.Length < segment.Length)
            {
                _output = new byte[Math.Max(segment.Length, 4096)];
            }
            segment.CopyTo(_output);
            _outputStart = 0;
            _outputEnd = segment.Length;
            _inputStart += take;
            return true;
        }
        var text = Encoding.UTF8.GetString(endsLine ? segment[..^1] : segment);
        var carriage = text.EndsWith('\r');
        var redacted = _redactor.RedactLine(carriage ? text[..^1] : text);
        var suffix = (carriage ? "\r" : "") + (endsLine ? "\n" : "");
        var needed = Encoding.UTF8.GetMaxByteCount(redacted.Length + suffix.Length);
        if (_output.Length < needed)
        {
            _output = new byte[Math.Max(needed, 4096)];
        }
        _outputEnd = Encoding.UTF8.GetBytes(redacted, _output);
        _outputEnd += Encoding.UTF8.GetBytes(suffix, _output.AsSpan(_outputEnd));
        _outputStart = 0;
        _inputStart += take;
        return true;
    }

    /// <summary>
    /// Passes the complete lines before the first secret-like text through untouched, in one block: most of a log
    /// needs no redaction, and per-line work would dominate the cost.
    /// </summary>
    private bool PassThroughClean(ReadOnlySpan<byte> pending)
    {
        if (_redactor.InPrivateKey)
        {
            return false;
        }
        var window = pending[..Math.Min(pending.Length, 1 << 18)];
        var lastNewline = window.LastIndexOf((byte)'\n');
        if (lastNewline < 0)
        {
            return false;
        }
        var block = window[..(lastNewline + 1)];
        if (_chars.Length < block.Length)
        {
            _chars = new char[Math.Max(block.Length, _chars.Length * 2)];
        }
        var decoded = _chars.AsSpan(0, Encoding.UTF8.GetChars(block, _chars));
        var hint = Redactor.FirstHint(decoded);
        int clean;
        if (hint < 0)
        {
            clean = block.Length;
        }
        else
        {
            var lineStart = decoded[..hint].LastIndexOf('\n') + 1;
            if (lineStart == 0)
            {
                return false;
            }
            clean = Encoding.UTF8.GetByteCount(decoded[..lineStart]);
        }
        if (_output.Length < clean)
        {
            _output = new byte[Math.Max(clean, 4096)];
        }
        block[..clean].CopyTo(_output);
        _outputStart = 0;
        _outputEnd = clean;
        _inputStart += clean;
        return true;
    }

    private void Compact()
    {
        if (_inputStart > 0)
        {
            Buffer.BlockCopy(_input, _inputStart, _input, 0, _inputEnd - _inputStart);
            _inputEnd -= _inputStart;
            _inputStart = 0;
        }
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            source.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!leaveOpen)
        {
            await source.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
