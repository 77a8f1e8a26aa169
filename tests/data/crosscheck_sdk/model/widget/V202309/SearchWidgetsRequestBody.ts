/**
 * Hand-written fixture in the layout of TikTok's generated SDK models (tests/test_crosscheck.py).
 */

import { RequestFile } from '../../models';

export class Widget202309SearchWidgetsRequestBody {
    /**
    * The name keyword.
    */
    'nameKeyword'?: string;
    /**
    * The statuses.
    */
    'statuses'?: Array<string>;
    /**
    * The create time ge.
    */
    'createTimeGe'?: number;

    static discriminator: string | undefined = undefined;

    static attributeTypeMap: Array<{name: string, baseName: string, type: string}> = [
        {
            "name": "nameKeyword",
            "baseName": "name_keyword",
            "type": "string"
        },
        {
            "name": "statuses",
            "baseName": "statuses",
            "type": "Array<string>"
        },
        {
            "name": "createTimeGe",
            "baseName": "create_time_ge",
            "type": "number"
        }    ];

    static getAttributeTypeMap() {
        return Widget202309SearchWidgetsRequestBody.attributeTypeMap;
    }
}
