package no.pathfin.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JobFoldersTest {

    @Test
    void a_message_naming_a_file_in_a_job_folder_keeps_the_file_name_and_loses_the_servers_path() throws Exception {
        Path root = Files.createTempDirectory("pathfin-folders");
        JobFolders folders = new JobFolders(root);
        String id = folders.reserve();

        String message = "activity " + root.toAbsolutePath().normalize() + "/" + id + "/activity.csv, line 3: bad row";
        assertEquals("activity activity.csv, line 3: bad row", folders.plain(message));
        assertEquals("scenario home.yaml: no year", folders.plain("scenario " + root + "/home.yaml: no year"));
    }
}
