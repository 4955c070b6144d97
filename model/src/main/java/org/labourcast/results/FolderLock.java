package org.labourcast.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.labourcast.InputException;

/**
 * The exclusive lock of an output folder: {@value OutputDirectory#LOCK_FILE} in it, held with
 * {@link FileChannel#tryLock()} for as long as one writer works there. The file says who holds it (the command, the
 * process id, since when), so a second writer can name the holder. The operating system releases the lock when the
 * process dies, so a killed run never blocks the folder; a lock file left behind is simply taken over.
 *
 * <p>The holder deletes the file when it is done, before it releases the lock. A writer that locked a file which was
 * deleted meanwhile (it opened the old file just before the holder finished) finds that the path now names another
 * file (or none), and tries again: so at most one writer holds the lock of the file the path names.
 *
 * <p>POSIX releases all of a process's locks on a file when any descriptor of that file is closed, and a JVM's
 * second lock on a file it has locked throws rather than waits. So this process never opens a lock file it holds
 * a second time: the folders it holds are kept in {@link #HELD}, checked first, and the path is compared with the
 * locked file by its file key ({@code stat}), never by reading it back. Taking and releasing locks is serialised
 * within the process for the same reason.
 */
final class FolderLock implements AutoCloseable {
    private static final int ATTEMPTS = 10;
    private static final int HOLDER_BYTES = 2048;

    /** The folders this process holds, by {@link #key}, to what their lock file says. */
    private static final ConcurrentHashMap<String, String> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final String key;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, String key, FileChannel channel, FileLock lock) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}, which must exist.
     *
     * @param holder the command that writes the folder, shown to a second writer
     * @throws InputException when another writer holds it, or the folder does not let us create the lock file
     */
    static synchronized FolderLock acquire(Path dir, String holder) {
        Path file = dir.resolve(OutputDirectory.LOCK_FILE);
        String key = key(dir);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String ours = HELD.get(key);
            if (ours != null) {
                throw inUse(dir, describeHolder(ours.getBytes(StandardCharsets.UTF_8)));
            }
            Object before = fileKey(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw OutputDirectory.notWritable(dir, e);
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // Locked in this process outside this class; closing our descriptor would release it, so keep it.
                throw inUse(dir, "");
            } catch (IOException e) {
                closeQuietly(channel);
                throw new InputException(null, "", "cannot lock output directory '" + dir + "': "
                        + OutputDirectory.reason(e), "choose another --out");
            }
            if (lock == null) {
                String who = describeHolder(readHolder(channel));
                closeQuietly(channel);
                throw inUse(dir, who);
            }
            byte[] content = content(holder);
            try {
                Object after = fileKey(file);
                if (after != null && (before == null || after.equals(before))) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(content), 0);
                    channel.force(false);
                    if (HELD.putIfAbsent(key, new String(content, StandardCharsets.UTF_8)) == null) {
                        return new FolderLock(file, key, channel, lock);
                    }
                }
            } catch (IOException e) {
                release(lock, channel);
                throw OutputDirectory.notWritable(dir, e);
            }
            // The holder we raced with deleted the file we locked: lock the file now at the path.
            release(lock, channel);
        }
        throw new InputException(null, "", "cannot lock output directory '" + dir + "': other writers keep taking it",
                "choose another --out");
    }

    private static InputException inUse(Path dir, String who) {
        return new InputException(null, "", "output directory '" + dir + "' is in use by another labourcast"
                + (who.isEmpty() ? "" : ": " + who), "wait until it has finished, or choose another --out");
    }

    /** Deletes the lock file, then releases the lock (in that order: see the class comment). */
    @Override
    public void close() {
        synchronized (FolderLock.class) { // not while another thread of this process is taking a lock
            closeLocked();
        }
    }

    private void closeLocked() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException ignored) {
            // A lock file left behind is taken over by the next writer; the lock itself goes with the channel.
        }
        release(lock, channel);
        HELD.remove(key);
    }

    /** The folder's identity in {@link #HELD}: its real path, so one folder named two ways is one entry. */
    private static String key(Path dir) {
        try {
            return dir.toRealPath().toString();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize().toString();
        }
    }

    /** The file's key (device and inode on Unix) from its attributes, without opening it; null if absent. */
    private static Object fileKey(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.fileKey() != null ? a.fileKey() : file.toAbsolutePath().normalize();
        } catch (IOException e) {
            return null;
        }
    }

    /** The holder's description, read through the channel that failed to lock (no second descriptor). */
    private static byte[] readHolder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(HOLDER_BYTES);
            while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
                // keep reading: a read may return fewer bytes
            }
            return Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] content(String holder) {
        String text = holder + "\npid " + ProcessHandle.current().pid() + "\nsince "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\ntoken "
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** "labourcast run a.yaml --seed 1 (pid 4242, since 2026-01-05T08:30:00Z)", or "" when the file says nothing. */
    static String describeHolder(byte[] bytes) {
        String command = "";
        String pid = "";
        String since = "";
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String clean = line.replaceAll("\\p{Cntrl}", "").strip(); // never echo escape sequences
            if (clean.startsWith("pid ")) {
                pid = clean;
            } else if (clean.startsWith("since ")) {
                since = clean;
            } else if (command.isEmpty() && !clean.startsWith("token ")) {
                command = clean;
            }
        }
        String details = String.join(", ", Arrays.stream(new String[] {pid, since}).filter(s -> !s.isEmpty())
                .toList());
        return command + (details.isEmpty() ? "" : (command.isEmpty() ? "" : " ") + "(" + details + ")");
    }

    private static void release(FileLock lock, FileChannel channel) {
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written through it that matters.
        }
    }
}
