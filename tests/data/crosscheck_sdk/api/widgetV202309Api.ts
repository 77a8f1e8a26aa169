/**
 * A hand-written fixture in the layout of TikTok's generated Node.js SDK, for
 * tests/test_crosscheck.py. Only the lines generator/crosscheck.py reads are kept.
 */

import { Widget202309GetWidgetsResponse } from '../model/widget/V202309/GetWidgetsResponse';
import { Widget202309SearchWidgetsRequestBody } from '../model/widget/V202309/SearchWidgetsRequestBody';
import { ObjectSerializer } from '../model/models';
import { RequestFile } from './apis';

export class WidgetV202309Api {
    /**
     * Fetches widgets by id.
     * @param ids Widget ids.
     * @param xTtsAccessToken
     * @param contentType Allowed type: application/json
     * @param shopCipher
     */
    public async WidgetsGet (ids: Array<string>, xTtsAccessToken: string, contentType: string, shopCipher?: string, options: {headers: {[name: string]: string}} = {headers: {}}) : Promise<{ response: http.IncomingMessage; body: Widget202309GetWidgetsResponse;  }> {
        const localVarPath = this.basePath + '/widget/202309/widgets';
        let localVarQueryParameters: any = {};
        if (ids !== undefined) {
            localVarQueryParameters['ids'] = ObjectSerializer.serialize(ids, "Array<string>");
        }
        if (shopCipher !== undefined) {
            localVarQueryParameters['shop_cipher'] = ObjectSerializer.serialize(shopCipher, "string");
        }
        let localVarRequestOptions: localVarRequest.Options = {
            method: 'GET',
            qs: localVarQueryParameters,
            json: true,
        };
        body = ObjectSerializer.deserialize(body, "Widget202309GetWidgetsResponse");
    }
    /**
     * Searches widgets in one shop.
     * @param pageSize Page size.
     * @param shopCipher
     * @param SearchWidgetsRequestBody
     */
    public async WidgetsShelvesShelfIdSearchPost (shelfId: string, pageSize: number, shopCipher: string, xTtsAccessToken: string, contentType: string, pageToken?: string, SearchWidgetsRequestBody?: Widget202309SearchWidgetsRequestBody, options: {headers: {[name: string]: string}} = {headers: {}}) : Promise<{ response: http.IncomingMessage; body: Widget202309GetWidgetsResponse;  }> {
        const localVarPath = this.basePath + '/widget/202309/shelves/{shelf_id}/widgets/search'
            .replace('{' + 'shelf_id' + '}', encodeURIComponent(String(shelfId)));
        localVarQueryParameters['page_size'] = ObjectSerializer.serialize(pageSize, "number");
        localVarQueryParameters['page_token'] = ObjectSerializer.serialize(pageToken, "string");
        localVarQueryParameters['shop_cipher'] = ObjectSerializer.serialize(shopCipher, "string");
        let localVarRequestOptions: localVarRequest.Options = {
            method: 'POST',
            body: ObjectSerializer.serialize(SearchWidgetsRequestBody, "Widget202309SearchWidgetsRequestBody")
        };
        body = ObjectSerializer.deserialize(body, "Widget202309GetWidgetsResponse");
    }
    /**
     * Uploads a widget picture.
     * @param data The picture.
     */
    public async PicturesUploadPost (xTtsAccessToken: string, contentType: string, data?: RequestFile, useCase?: string, options: {headers: {[name: string]: string}} = {headers: {}}) : Promise<{ response: http.IncomingMessage; body: Widget202309GetWidgetsResponse;  }> {
        const localVarPath = this.basePath + '/widget/202309/pictures/upload';
        if (data !== undefined) {
            localVarFormParams['data'] = data;
        }
        if (useCase !== undefined) {
            localVarFormParams['use_case'] = ObjectSerializer.serialize(useCase, "string");
        }
        let localVarRequestOptions: localVarRequest.Options = {
            method: 'POST',
        };
        body = ObjectSerializer.deserialize(body, "Widget202309GetWidgetsResponse");
    }
}
